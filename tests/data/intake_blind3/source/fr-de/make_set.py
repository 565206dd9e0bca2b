#!/usr/bin/env python3
"""Build the frozen blind intake test set (part b): mails 0061-0120 (FR + DE).

Deterministic: fixed Message-IDs, fixed MIME boundaries, seeded images.
Usage:  python3 make_set.py          (build + self-check)
        python3 make_set.py --check  (self-check only)
"""
import base64
import email
import email.policy
import email.utils
import io
import json
import os
import quopri
import random
import sys
from collections import Counter, OrderedDict
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
ID_ASSETS = "/work/coord/intake_blind/assets"
LOCAL_ASSETS = os.path.join(HERE, "assets")

KEYS = ["file", "is_dsar", "rights", "language", "requester_name", "requester_email",
        "received", "attachments", "representative", "processor", "follow_up", "group",
        "style", "notes"]
RIGHTS = ["access", "rectification", "erasure", "restriction", "portability", "objection",
          "withdraw_consent"]
GROUPS = ["fr-BE", "fr-FR", "de-BE", "de-DE", "de-AT/CH"]
STYLES = ["plain", "formal", "messy", "form", "forward", "other"]

# ---------------------------------------------------------------- studios (fictional)
A = dict(name="Atelier Pixelune", city="Bruxelles", addr="Rue des Alouettes 14, 1050 Ixelles",
         mail="bonjour@pixelune.be", priv="vieprivee@pixelune.be", dom="pixelune.be")
B = dict(name="Casting Meuse", city="Liège", addr="Quai des Tanneurs 9, 4020 Liège",
         mail="casting@castingmeuse.be", priv="rgpd@castingmeuse.be", dom="castingmeuse.be")
C = dict(name="Fotostudio Weserblick", city="Eupen", addr="Haasstraße 27, 4700 Eupen",
         mail="info@weserblick-foto.be", priv="datenschutz@weserblick-foto.be",
         dom="weserblick-foto.be")
D = dict(name="Grenslicht Videoproducties", city="Kerkrade", addr="Pannesheiderstraat 40, 6462 Kerkrade",
         mail="studio@grenslicht.nl", priv="privacy@grenslicht.nl", dom="grenslicht.nl")
STUDIOS = {"A": A, "B": B, "C": C, "D": D}


# ---------------------------------------------------------------- binary assets
def id_asset(name):
    with open(os.path.join(ID_ASSETS, name), "rb") as f:
        return f.read()


def heic_of(name):
    """HEIC version of an ID photo; cached in assets/ so the build stays byte-stable."""
    cached = os.path.join(LOCAL_ASSETS, name.rsplit(".", 1)[0] + ".heic")
    if not os.path.exists(cached):
        import pillow_heif  # python3 -m pip install --user pillow-heif
        from PIL import Image
        pillow_heif.register_heif_opener()
        os.makedirs(LOCAL_ASSETS, exist_ok=True)
        Image.open(os.path.join(ID_ASSETS, name)).save(cached, format="HEIF", quality=60)
    with open(cached, "rb") as f:
        return f.read()


def holiday_jpg(seed, w=960, h=640):
    from PIL import Image, ImageDraw
    rnd = random.Random(seed)
    im = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(im)
    top = (rnd.randint(60, 120), rnd.randint(120, 180), rnd.randint(200, 250))
    for y in range(h // 2):
        t = y / (h / 2)
        d.line([(0, y), (w, y)], fill=tuple(int(c + (255 - c) * t * 0.6) for c in top))
    d.rectangle([0, h // 2, w, h], fill=(rnd.randint(40, 90), rnd.randint(110, 150), rnd.randint(40, 80)))
    for _ in range(6):
        x = rnd.randint(0, w); r = rnd.randint(60, 180)
        d.ellipse([x - r, h // 2 - r // 2, x + r, h // 2 + r // 2], fill=(rnd.randint(30, 70), rnd.randint(90, 130), 50))
    sx, sy = rnd.randint(80, w - 80), rnd.randint(40, 140)
    d.ellipse([sx - 35, sy - 35, sx + 35, sy + 35], fill=(255, 236, 150))
    for _ in range(3):  # small houses / people blobs
        x = rnd.randint(50, w - 100); y = rnd.randint(h // 2 + 40, h - 80)
        d.rectangle([x, y, x + 60, y + 45], fill=(200, 190, 170)); d.polygon([(x - 5, y), (x + 30, y - 25), (x + 65, y)], fill=(150, 60, 50))
    buf = io.BytesIO(); im.save(buf, "JPEG", quality=82); return buf.getvalue()


def screenshot_png(seed, title, w=1000, h=640):
    from PIL import Image, ImageDraw
    rnd = random.Random(seed)
    im = Image.new("RGB", (w, h), (245, 245, 245))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, w, 36], fill=(222, 222, 228))
    for i, c in enumerate([(236, 95, 90), (245, 190, 80), (98, 197, 85)]):
        d.ellipse([12 + i * 20, 12, 24 + i * 20, 24], fill=c)
    d.rounded_rectangle([90, 8, w - 20, 28], 6, fill=(255, 255, 255))
    d.text((100, 12), title, fill=(60, 60, 60))
    d.rectangle([0, 36, w, 90], fill=(30, 30, 36)); d.text((30, 56), title.split("/")[0].upper(), fill=(255, 255, 255))
    for r in range(2):
        for c in range(4):
            x, y = 40 + c * 235, 120 + r * 250
            col = (rnd.randint(120, 220), rnd.randint(100, 200), rnd.randint(100, 200))
            d.rectangle([x, y, x + 210, y + 200], fill=col)
            d.ellipse([x + 70, y + 30, x + 140, y + 100], fill=(235, 205, 180)); d.rectangle([x + 55, y + 100, x + 155, y + 200], fill=(40, 40, 60))
            d.text((x, y + 208), "Profil %03d" % rnd.randint(100, 999), fill=(40, 40, 40))
    buf = io.BytesIO(); im.save(buf, "PNG", optimize=False); return buf.getvalue()


def portrait_jpg(seed, w=413, h=531):
    """A passport-STYLE portrait photo (a child's photo), not an identity document."""
    from PIL import Image, ImageDraw
    rnd = random.Random(seed)
    im = Image.new("RGB", (w, h), (232, 234, 236))
    d = ImageDraw.Draw(im)
    d.ellipse([w // 2 - 150, h - 170, w // 2 + 150, h + 150], fill=(rnd.randint(60, 200), 80, 120))
    d.ellipse([w // 2 - 95, 110, w // 2 + 95, 360], fill=(238, 204, 178))
    d.chord([w // 2 - 105, 80, w // 2 + 105, 300], 180, 360, fill=(120, 80, 40))
    d.ellipse([w // 2 - 50, 210, w // 2 - 25, 228], fill=(60, 60, 80)); d.ellipse([w // 2 + 25, 210, w // 2 + 50, 228], fill=(60, 60, 80))
    d.arc([w // 2 - 35, 270, w // 2 + 35, 310], 20, 160, fill=(170, 80, 80), width=4)
    buf = io.BytesIO(); im.save(buf, "JPEG", quality=88); return buf.getvalue()


def make_pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 60 790 Td 15 TL\n" + "".join("(%s) Tj T*\n" % esc(l) for l in lines) + "ET\n"
    cb = content.encode("cp1252", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length %d >>\nstream\n" % len(cb) + cb + b"endstream"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


# ---------------------------------------------------------------- MIME builders
def b64lines(raw):
    return base64.encodebytes(raw)


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False):
    raw = body.encode(charset)
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw)
    elif cte == "base64":
        enc = b64lines(raw)
    else:
        enc = raw
    if not enc.endswith(b"\n"):
        enc += b"\n"
    ct = 'text/%s; charset="%s"' % (subtype, charset)
    if flowed:
        ct += "; format=flowed"
    return dict(headers=[("Content-Type", ct), ("Content-Transfer-Encoding", cte)], body=enc)


def attach(filename, ctype, data, is_id, disposition="attachment", cid=None, rfc2231=False):
    if rfc2231:
        from urllib.parse import quote
        q = quote(filename, safe="")
        ct = "%s; name*=utf-8''%s" % (ctype, q)
        cd = "%s; filename*=utf-8''%s" % (disposition, q)
    else:
        ct = '%s; name="%s"' % (ctype, filename)
        cd = '%s; filename="%s"' % (disposition, filename)
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", "base64"), ("Content-Disposition", cd)]
    if cid:
        hs.append(("Content-ID", "<%s>" % cid))
    return dict(headers=hs, body=b64lines(data), att=dict(filename=filename, content_type=ctype, is_id_document=is_id))


def multipart(subtype, parts, boundary):
    body = b"This is a multi-part message in MIME format.\n\n"
    for p in parts:
        body += b"--" + boundary.encode() + b"\n" + ser_part(p) + b"\n"
    body += b"--" + boundary.encode() + b"--\n"
    return dict(headers=[("Content-Type", 'multipart/%s; boundary="%s"' % (subtype, boundary))], body=body, parts=parts)


def ser_headers(hs):
    out = b""
    for k, v in hs:
        if isinstance(v, bytes):
            out += k.encode() + b": " + v + b"\n"
        else:
            out += (k + ": " + v + "\n").encode("ascii")
    return out


def ser_part(p):
    return ser_headers(p["headers"]) + b"\n" + p["body"]


def leaves(p):
    if "parts" in p:
        for q in p["parts"]:
            yield from leaves(q)
    else:
        yield p


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, a))
    except UnicodeEncodeError:
        return email.utils.formataddr((name, a), charset)


def subj(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=76)


# ---------------------------------------------------------------- the mails
MAILS = []


def M(n, *, group, style, studio, frm, to=None, date, subject, root, is_dsar, rights=(), lang,
      name=None, mail=None, representative=None, processor=False, follow_up=False, notes="",
      extra=(), charset_hdr="utf-8", raw_subject=False, cc=None, reply_to=None, features=()):
    MAILS.append(dict(n=n, group=group, style=style, studio=studio, frm=frm, to=to, date=date,
                      subject=subject, root=root, is_dsar=is_dsar, rights=list(rights), lang=lang,
                      name=name, mail=mail, representative=representative, processor=processor,
                      follow_up=follow_up, notes=notes, extra=list(extra), charset_hdr=charset_hdr,
                      raw_subject=raw_subject, cc=cc, reply_to=reply_to, features=list(features)))


def bd(n, k=1):
    return "=_b3_%04d_part%d_7f3a" % (n, k)


# ================================================================ FRENCH 0061-0090
M(61, group="fr-BE", style="plain", studio="A", frm=("Julie Renard", "julie.renard76@gmail.com"),
  date="Tue, 13 Jan 2026 19:42:10 +0100", subject="question",
  root=text("""Bonjour,

J'ai fait une séance photo chez vous en 2023 (des portraits pour mon CV).
Qu'est-ce que vous avez encore sur moi ? Juste pour savoir.

Merci d'avance,
Julie Renard
"""),
  is_dsar=True, rights=["access"], lang="fr", name="Julie Renard", mail="julie.renard76@gmail.com",
  notes="Access request in plain words, no legal keyword, vague subject 'question'.",
  features=["no-legal-keywords"])

M(62, group="fr-BE", style="formal", studio="B", frm=("Marie-Thérèse De Backer", "mt.debacker@skynet.be"),
  to=B["priv"], date="Mon, 19 Jan 2026 10:05:33 +0100",
  subject="Demande d'accès à mes données personnelles (article 15 RGPD)",
  root=multipart("mixed", [text("""Madame, Monsieur,

En application de l'article 15 du Règlement général sur la protection des données (RGPD), je vous prie de bien vouloir me communiquer :

- la confirmation que des données à caractère personnel me concernant sont ou ne sont pas traitées par votre agence ;
- une copie de ces données (article 15, paragraphe 3) ;
- les finalités du traitement, les catégories de données concernées, les destinataires, la durée de conservation envisagée et la source des données lorsqu'elles n'ont pas été collectées auprès de moi.

Conformément à l'article 12, paragraphe 3, du RGPD, vous disposez d'un délai d'un mois à compter de la réception de la présente pour y répondre. Afin de faciliter mon identification, vous trouverez en annexe une copie du recto de ma carte d'identité.

À défaut de réponse dans ce délai, je me réserve le droit d'introduire une réclamation auprès de l'Autorité de protection des données (APD).

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Marie-Thérèse De Backer
Avenue des Tilleuls 3
4053 Embourg

--
Courrier préparé à l'aide d'un modèle de lettre en ligne
"""), attach("carte_identite_recto.jpg", "image/jpeg", id_asset("id_0004.jpg"), True)], bd(62)),
  is_dsar=True, rights=["access"], lang="fr", name="Marie-Thérèse De Backer", mail="mt.debacker@skynet.be",
  notes="Generator-style access letter; Art. 12(3) deadline and APD complaint only in passing. Belgian eID front attached (id_0004).",
  features=["id-attached", "generator-letter"])

M(63, group="fr-BE", style="messy", studio="A", frm=("Lou Mertens", "loumertens03@hotmail.com"),
  date="Sat, 24 Jan 2026 23:17:52 +0100", subject="photos",
  root=text("""slt c possible denlever mes photos de votre insta et du site svp jveux plus y etre. cetait le shooting de groupe avec la classe de danse en juin
merci

Envoyé de mon iPhone
""", cte="8bit"),
  is_dsar=True, rights=["withdraw_consent"], lang="fr", name="Lou Mertens", mail="loumertens03@hotmail.com",
  notes="Phone-written, no accents/punctuation; 'enlever mes photos de votre insta et du site' = withdraw_consent by convention. 8bit UTF-8 body.",
  features=["no-legal-keywords", "8bit"])

M(64, group="fr-BE", style="plain", studio="A", frm=("Sarah Vandamme", "sarah.vandamme@telenet.be"),
  date="Wed, 04 Feb 2026 12:31:06 +0100", subject="Séance photo famille – disponibilité en mars ?",
  root=text("""Bonjour,

Nous aimerions réserver une séance photo de famille en studio, idéalement le samedi 14 mars en matinée. Nous serions 5 (deux adultes, trois enfants de 2, 6 et 9 ans) + notre chien si c'est possible !

J'ai lu les conditions générales et la politique de confidentialité sur votre site, tout est ok pour nous. Vous pouvez d'ailleurs publier une ou deux photos sur votre page si elles sont réussies.

Quel est le tarif pour la formule avec 15 photos retouchées ?

Merci et à bientôt,
Sarah Vandamme
"""),
  is_dsar=False, lang="fr",
  notes="Booking request. Mentions privacy policy and GIVES publication consent - not a request to act on a right.")

M(65, group="fr-BE", style="form", studio="A", frm=("Site Pixelune", "wordpress@pixelune.be"),
  date="Mon, 02 Feb 2026 08:15:47 +0000", subject="[Pixelune] Nouveau message depuis le formulaire de contact",
  root=text("""Nouveau message reçu via le formulaire de contact de www.pixelune.be

Nom : Nadia El Idrissi
E-mail : nadia.elidrissi@outlook.be
Téléphone : 0498 55 21 07
Sujet : Mes photos

Message :
Bonjour, j'ai fait un shooting grossesse chez vous il y a deux ans. Je souhaite que vous supprimiez toutes les données que vous avez sur moi et que vous retiriez mes photos de votre portfolio en ligne. Merci de me confirmer quand c'est fait.

--
Cet e-mail a été envoyé depuis le formulaire de contact de Atelier Pixelune (https://www.pixelune.be)
"""),
  is_dsar=True, rights=["erasure", "withdraw_consent"], lang="fr", name="Nadia El Idrissi",
  mail="nadia.elidrissi@outlook.be",
  notes="Contact-form mail: From is the site's wordpress@ address; requester address only in the form body. Two rights: delete all data + remove from portfolio.",
  features=["two-rights"])

M(66, group="fr-BE", style="plain", studio="A", frm=("Grégory Dumont", "greg.dumont@proximus.be"),
  cc="direction@ecole-des-etangs.be", date="Thu, 12 Feb 2026 07:48:20 +0100",
  subject="Photos scolaires de ma fille – École communale des Étangs",
  root=text("""Bonjour,

Votre studio a réalisé les photos de classe à l'École communale des Étangs (Auderghem) le mois dernier, à la demande de l'école. Ma fille Chloé Dumont (9 ans, 4e primaire, classe de Mme Hanot) y figure.

Nous n'avons rien commandé et je ne souhaite pas que vous gardiez ses photos ni ses données (nom, classe, identifiant de commande). Pouvez-vous les effacer de vos serveurs et de la plateforme de commande en ligne ?

Je mets la direction de l'école en copie.

Cordialement,
Grégory Dumont
"""),
  is_dsar=True, rights=["erasure"], lang="fr", name="Grégory Dumont", mail="greg.dumont@proximus.be",
  representative={"kind": "parent", "data_subject": "Chloé Dumont"}, processor=True,
  notes="Parent for a 9-year-old; school shoot ordered by the school, so the studio processes the data for its client (processor). School in Cc.",
  features=["cc"])

M(67, group="fr-BE", style="plain", studio="A", frm=("Lambert & Fils – Comptabilité", "compta@lambert-fils.be"),
  date="Tue, 17 Feb 2026 14:02:44 +0100", subject="Facture 2026-0142 – numéro de TVA manquant",
  root=multipart("mixed", [text("""Bonjour,

Nous avons bien reçu votre facture n° 2026-0142 (photos produits catalogue été, 1 240,00 € HTVA).
Notre numéro de TVA n'y figure pas et l'adresse de facturation est l’ancienne (nous avons déménagé rue de la Station 41 à Wavre en janvier).

Pourriez-vous nous renvoyer une facture corrigée ? Sans cela, notre comptable ne peut pas la comptabiliser.

Je vous renvoie la facture en annexe pour référence.

Bien cordialement,
Service comptabilité
Lambert & Fils SRL
""", charset="windows-1252"),
      attach("Facture_2026-0142.pdf", "application/pdf", make_pdf([
          "Atelier Pixelune - " + A["addr"], "", "FACTURE 2026-0142", "Client : Lambert & Fils SRL",
          "Photos produits - catalogue ete 2026", "Total HTVA : 1 240,00 EUR", "TVA 21 % : 260,40 EUR",
          "Total TVAC : 1 500,40 EUR"]), False)], bd(67)),
  is_dsar=False, lang="fr",
  notes="Invoice correction for a company (VAT number, billing address) - looks like rectification but is an ordinary billing request about company data. windows-1252 QP body, invoice PDF.",
  features=["windows-1252"])

M(68, group="fr-BE", style="formal", studio="B",
  frm=("Secrétariat Desmet & Lambotte", "secretariat@desmet-lambotte-avocats.be"),
  reply_to=("Camille Desmet", "c.desmet@desmet-lambotte-avocats.be"), to=B["priv"],
  date="Fri, 20 Feb 2026 16:40:12 +0100",
  subject="N/Réf. 2026/0417 – Mme Sofie Verstraete – exercice des droits RGPD",
  root=multipart("mixed", [text("""Madame, Monsieur,

Je vous écris au nom et pour compte de ma cliente, Madame Sofie Verstraete, qui a été inscrite dans votre fichier de modèles entre 2021 et 2024.

Ma cliente m'informe qu'elle continue de recevoir des propositions de castings ainsi que des communications commerciales de votre agence, alors qu'elle a mis fin à toute collaboration avec vous.

Par la présente, et sur la base des articles 17 et 21 du RGPD, ma cliente :
1. s'oppose au traitement de ses données à des fins de prospection ;
2. demande l'effacement de l'ensemble des données la concernant, y compris les photographies de son book.

Je vous rappelle qu'en vertu de l'article 19 du RGPD, il vous appartient de notifier cet effacement aux destinataires auxquels les données ont été communiquées, et que les exceptions de l'article 17(3) ne me semblent pas applicables en l'espèce.

Vous trouverez en annexe le mandat signé par ma cliente ainsi qu'une copie de sa carte d'identité.

Je vous saurais gré de me faire parvenir votre réponse dans le délai d'un mois prévu à l'article 12(3) du RGPD.

Veuillez agréer, Madame, Monsieur, l'expression de mes sentiments distingués.

Camille Desmet
Avocate au barreau de Liège
Desmet & Lambotte – Avocats
Boulevard de la Sauvenière 112, 4000 Liège
"""), attach("mandat_Verstraete.pdf", "application/pdf", make_pdf([
      "MANDAT", "", "Je soussignee Sofie Verstraete donne mandat a Me Camille Desmet,",
      "avocate, pour exercer en mon nom mes droits au titre du RGPD aupres de",
      "Casting Meuse (Liege).", "", "Fait a Liege, le 16 fevrier 2026", "Signature : S. Verstraete"]), False),
      attach("CI_Verstraete.jpg", "image/jpeg", id_asset("id_0005.jpg"), True)], bd(68)),
  is_dsar=True, rights=["erasure", "objection"], lang="fr", name="Camille Desmet",
  mail="c.desmet@desmet-lambotte-avocats.be",
  representative={"kind": "lawyer", "data_subject": "Sofie Verstraete"},
  notes="Lawyer for a former model. From = firm's secretariat, Reply-To = the lawyer (requester_email = Reply-To). Art. 19, 17(3), 12(3) cited only in passing. Mandate PDF + eID (id_0005).",
  features=["reply-to", "two-rights", "id-attached", "pdf"])

M(69, group="fr-BE", style="plain", studio="B", frm=("Thomas Gilson", "thomas.gilson@gmail.com"),
  date="Tue, 10 Mar 2026 09:26:41 +0100", subject="Re: Demande de mes données",
  extra=[("In-Reply-To", "<CAF3b3.0069.orig@mail.gmail.com>"), ("References", "<CAF3b3.0069.orig@mail.gmail.com>")],
  root=text("""Bonjour,

Je me permets de vous relancer : je vous ai écrit le 3 février et je n'ai toujours reçu aucune réponse, même pas un accusé de réception. Le délai d'un mois est dépassé.

Je vous redemande donc une copie de toutes les données que Casting Meuse conserve à mon sujet (fiche, photos, vidéos de casting, notes internes).

Sans nouvelles de votre part d'ici le 20 mars, je me réserve le droit d'introduire une réclamation auprès de l'APD.

Thomas Gilson

Le mar. 3 févr. 2026 à 21:07, Thomas Gilson <thomas.gilson@gmail.com> a écrit :
> Bonjour,
> J'ai été inscrit chez vous comme figurant en 2022. Pourriez-vous m'envoyer une copie des données que vous avez sur moi ?
> Merci,
> Thomas
"""),
  is_dsar=True, rights=["access"], lang="fr", name="Thomas Gilson", mail="thomas.gilson@gmail.com",
  follow_up=True, notes="Reminder of an unanswered access request, original quoted below. 'Re:' subject.",
  features=["quoted-history"])

M(70, group="fr-BE", style="plain", studio="A", frm=("Élodie Marchal", "elodie.marchal@hotmail.be"),
  date="Mon, 21 Sep 2026 20:55:03 +0200", subject="Re: Vos photos de mariage sont prêtes !",
  root=text("""Waouh, merci mille fois !! Elles sont sublimes, on a pleuré en les regardant 😍
On vous recommandera à tout le monde.

Élodie & Kevin

Le 21/09/2026 à 10:02, Atelier Pixelune a écrit :
> Bonjour Élodie, bonjour Kevin,
>
> Votre galerie est en ligne : https://galerie.pixelune.be/m-k-2026 (mot de passe envoyé par SMS).
> Elle restera accessible pendant 6 mois.
>
> Protection des données : conformément au RGPD, vous pouvez à tout moment demander l'accès à vos données, leur rectification ou leur effacement, ou retirer votre consentement à la publication des photos, en écrivant à vieprivee@pixelune.be.
>
> Belle journée,
> Hélène – Atelier Pixelune
""", cte="base64"),
  is_dsar=False, lang="fr",
  notes="Thank-you reply; all GDPR wording is in the quoted studio text. base64 body with emoji.",
  features=["quoted-history"])

M(71, group="fr-BE", style="other", studio="A", frm=("Bernard Collignon", "b.collignon@skynet.be"),
  date="Thu, 26 Mar 2026 08:03:59 +0100", subject="Désinscription newsletter",
  root=text("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Bonjour,</p>
<p>Merci de ne plus m'envoyer votre newsletter «&nbsp;Les petites nouvelles de Pixelune&nbsp;».<br>
Je ne trouve pas le lien de désinscription en bas du mail.</p>
<p>Bien à vous,<br>Bernard Collignon</p>
</body></html>
""", subtype="html", cte="base64"),
  is_dsar=True, rights=["objection"], lang="fr", name="Bernard Collignon", mail="b.collignon@skynet.be",
  notes="HTML-only (no text/plain), base64. Stop newsletter = objection.",
  features=["html-only"])

M(72, group="fr-BE", style="other", studio="A", frm=("Isabelle Henrard", "i.henrard@cabinet-henrard.be"),
  date="Mon, 29 Dec 2025 09:12:30 +0100", subject="Réponse automatique : Votre devis shooting corporate",
  extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
  root=text("""Bonjour,

Je suis absente du bureau jusqu'au lundi 5 janvier inclus, avec un accès limité à mes e-mails.
En cas d'urgence, vous pouvez joindre le secrétariat au 02 555 01 23.

Pour toute question relative à la protection de vos données personnelles, vous pouvez contacter notre délégué à la protection des données : dpo@cabinet-henrard.be.

Isabelle Henrard
Cabinet Henrard – Conseil fiscal

Ce message et ses éventuelles annexes sont confidentiels. Vos données sont traitées conformément au RGPD ; vous disposez d'un droit d'accès, de rectification et d'effacement.
"""),
  is_dsar=False, lang="fr", notes="Out-of-office auto-reply with DPO and RGPD footer.")

M(73, group="fr-BE", style="plain", studio="B", frm=("Océane Willems", "oceane.willems@yahoo.fr"),
  date="Sun, 12 Apr 2026 09:40:18 +0200", subject="Correction de mon nom et de mon e-mail",
  root=multipart("mixed", [text("""Bonjour,

Sur mon profil de votre site (page Talents), mon prénom est écrit « Oceane » sans accent et mon nom de famille « Willem ». C'est Océane Willems (voir ma carte d'identité en pièce jointe).

Aussi, je n'utilise presque plus cette adresse Yahoo : merci d'enregistrer ma nouvelle adresse oceane.willems.pro@gmail.com pour les propositions de casting.

Merci !
Océane
"""), attach("IMG_20260412_093144.jpg", "image/jpeg", id_asset("id_0006.jpg"), True)], bd(73)),
  is_dsar=True, rights=["rectification"], lang="fr", name="Océane Willems", mail="oceane.willems@yahoo.fr",
  notes="Rectification of name spelling + new e-mail address in the body (the new address is NOT the requester address). ID photo with a camera-style filename (id_0006).",
  features=["id-attached", "new-address-in-body"])

M(74, group="fr-FR", style="plain", studio="A", frm=("Aurélien Brunet", "aurelien.brunet@orange.fr"),
  date="Wed, 22 Apr 2026 18:11:27 +0200", subject="Récupération de mes données client",
  root=text("""Bonjour,

Nous avons travaillé avec vous pour les photos de naissance de notre fils en 2024 et 2025 (formule « 1re année »). Nous quittons Bruxelles pour Lyon et allons continuer avec un photographe là-bas.

Pourriez-vous m'envoyer mes données (fiche client, historique des commandes, préférences de retouche, etc.) dans un format exploitable, CSV ou JSON par exemple, pour que je puisse les transmettre au nouveau studio ? Si c'est plus simple, vous pouvez aussi les envoyer directement à bonjour@lumiere-rhone-photo.fr.

Cordialement,
Aurélien Brunet
"""),
  is_dsar=True, rights=["portability"], lang="fr", name="Aurélien Brunet", mail="aurelien.brunet@orange.fr",
  notes="Portability in plain words (CSV/JSON, transfer to other photographer). Third-party studio address in body is not the requester.",
  features=["no-legal-keywords"])

M(75, group="fr-BE", style="plain", studio="B", frm=("Kevin Lambrechts", "kevin.lambrechts@telenet.be"),
  date="Thu, 30 Apr 2026 11:58:02 +0200", subject="NE PAS supprimer mon dossier",
  root=text("""Bonjour,

Suite à mon mail de résiliation du mois dernier : je vous demande de ne surtout pas supprimer mon dossier (contrat, fiches de prestation, échanges de mails). J'ai un litige avec une production au sujet d'un cachet impayé et j'en aurai besoin comme preuve.

Par contre, en attendant que ce litige soit réglé, je ne veux plus que mes données soient utilisées ni envoyées à des clients. Gardez-les simplement de côté.

Merci de me confirmer,
Kevin Lambrechts
"""),
  is_dsar=True, rights=["restriction"], lang="fr", name="Kevin Lambrechts", mail="kevin.lambrechts@telenet.be",
  notes="Restriction in plain words: keep for a dispute but stop using. Mentions 'supprimer' only negatively.",
  features=["no-legal-keywords"])

M(76, group="fr-BE", style="forward", studio="A", to=A["priv"],
  frm=("Marc Lejeune", "marc.lejeune@vandenbossche-logistics.be"),
  date="Mon, 27 Apr 2026 13:07:45 +0200", subject="TR: Mes données",
  root=text("""Bonjour,

Je vous transfère le mail ci-dessous, envoyé il y a dix jours à votre ancienne adresse (je viens de voir qu'elle n'est plus valable). Merci de me répondre sur mon adresse privée.

Marc

-------- Message transféré --------
Sujet : Mes données
Date : Thu, 16 Apr 2026 22:41:09 +0200
De : Marc Lejeune <marc.lejeune62@skynet.be>
Pour : contact@pixelune-studio.be

Bonjour,

Je voudrais savoir quelles données vous conservez à mon sujet depuis la séance photo d'entreprise de 2022, puis que vous les supprimiez.

Merci
Marc Lejeune
"""),
  is_dsar=True, rights=["access", "erasure"], lang="fr", name="Marc Lejeune", mail="marc.lejeune62@skynet.be",
  notes="Self-forward from work account; requester_email = original sender inside the forward (private address). Not counted as follow_up: the first mail never reached the studio.",
  features=["two-rights"])

M(77, group="fr-BE", style="plain", studio="A", frm=("Valérie Goffin", "valerie.goffin@gmail.com"),
  date="Tue, 19 May 2026 21:33:40 +0200", subject="Très déçue",
  root=text("""Bonjour,

Je dois vous dire que je suis très déçue. Les photos de la communion de mon fils ont été livrées avec trois semaines de retard, plusieurs sont floues, et en plus vous avez envoyé le lien de la galerie à toutes les familles en mettant nos adresses e-mail en copie visible. Pour un studio qui parle de RGPD sur son site, c'est moyen.

J'attends au minimum un geste commercial pour les photos ratées.

Valérie Goffin
"""),
  is_dsar=False, lang="fr",
  notes="Service complaint that mentions a data leak (visible Cc) and RGPD, but asks only for a commercial gesture.")

M(78, group="fr-FR", style="formal", studio="A", frm=("Nathalie Perrin", "nathalie.perrin@laposte.net"),
  date="Mon, 01 Jun 2026 07:30:00 +0200", subject="Opposition au traitement de mes données - article 21 RGPD",
  charset_hdr="iso-8859-1",
  root=text("""Madame, Monsieur,

Je suis destinataire de vos communications commerciales (courriels promotionnels « Mini-séances de Noël », relances par SMS). Selon votre politique de confidentialité, ce traitement est fondé sur votre intérêt légitime.

Conformément à l'article 21 du RGPD, je m'oppose au traitement de mes données personnelles à des fins de prospection commerciale, y compris au profilage lié à cette prospection. En application de l'article 21, paragraphe 3, mes données ne pourront plus être traitées à ces fins.

Je vous rappelle que vous disposez d'un délai d'un mois pour me répondre (article 12, paragraphe 3). Pour mémoire, les articles 17(3), 19 et 22 du RGPD encadrent également vos obligations.

À défaut de réponse satisfaisante, je me réserve le droit d'introduire une réclamation auprès de la CNIL ou de l'APD belge.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Nathalie Perrin
12 rue des Arts
59000 Lille
""", charset="iso-8859-1"),
  is_dsar=True, rights=["objection"], lang="fr", name="Nathalie Perrin", mail="nathalie.perrin@laposte.net",
  notes="Generator-style objection (legitimate interest, marketing). Arts 17(3), 19, 22 cited but not requested. ISO-8859-1 QP body.",
  features=["iso-8859-1", "generator-letter"])

M(79, group="fr-BE", style="plain", studio="B", frm=("Jade Vermeulen", "jade.vermeulen@hotmail.com"),
  date="Sat, 06 Jun 2026 15:22:09 +0200", subject="Retrait de mon consentement + suppression de mon dossier",
  root=multipart("mixed", [text("""Bonjour,

Je ne souhaite plus faire partie de votre agence. Je retire mon consentement à l'utilisation de mes photos dans votre book en ligne et sur votre page Instagram (voir la capture : c'est encore en ligne aujourd'hui).

Je vous demande également de supprimer mon dossier complet (fiche, mensurations, photos, coordonnées).

Merci de me confirmer,
Jade Vermeulen
"""), attach("capture_book_castingmeuse.png", "image/png", screenshot_png(79, "castingmeuse.be/talents/femmes"), False)], bd(79)),
  is_dsar=True, rights=["erasure", "withdraw_consent"], lang="fr", name="Jade Vermeulen",
  mail="jade.vermeulen@hotmail.com",
  notes="Model: withdraw consent for book/Instagram + delete whole file. Portfolio screenshot attached (not an ID).",
  features=["two-rights", "screenshot"])

M(80, group="fr-FR", style="other", studio="D", frm=("Conformité Web Pro", "offres@conformite-webpro.fr"),
  to=D["mail"], date="Tue, 09 Jun 2026 05:02:11 +0200", subject="⚠ Votre site n'est pas conforme RGPD – audit gratuit",
  extra=[("List-Unsubscribe", "<mailto:stop@conformite-webpro.fr>"), ("Precedence", "bulk")],
  root=multipart("alternative", [text("""Bonjour,

Notre robot a analysé grenslicht.nl : bannière cookies non conforme, absence de registre des traitements, formulaire de contact sans case de consentement.
Risque d'amende : jusqu'à 20 millions d'euros ou 4 % du chiffre d'affaires !

Profitez de notre AUDIT RGPD GRATUIT (valeur 490 €) : https://conformite-webpro.fr/audit

Pour ne plus recevoir nos offres, répondez STOP.
"""), text("""<html><body><h2 style="color:#c00">⚠ Votre site n'est pas conforme RGPD</h2>
<p>Notre robot a analysé <b>grenslicht.nl</b> : bannière cookies non conforme, absence de registre des traitements, formulaire de contact sans case de consentement.</p>
<p><b>Risque d'amende : jusqu'à 20 millions d'euros</b></p>
<p><a href="https://conformite-webpro.fr/audit">Profitez de notre AUDIT RGPD GRATUIT</a></p>
<p style="font-size:9px">Pour ne plus recevoir nos offres, répondez STOP.</p></body></html>
""", subtype="html")], bd(80)),
  is_dsar=False, lang="fr", notes="GDPR-themed spam to the Dutch studio; 'répondez STOP' is not a request by anyone to the studio.")

M(81, group="fr-BE", style="plain", studio="B", frm=("Yassine Bouzid", "yassine.bouzid@gmail.com"),
  date="Mon, 15 Jun 2026 17:45:31 +0200", subject="Casting pub brasserie – mes vidéos",
  root=text("""Bonjour,

J'ai passé le casting que vous avez organisé le 14 mai pour la publicité de la Brasserie du Val-Fleuri (en tout cas c'était leur logo sur les documents). Je n'ai pas été retenu, pas de souci.

Mais j'aimerais savoir ce que vous avez gardé de moi (vidéo d'audition, photos, mes infos) et ce que vous avez transmis à la brasserie ou à leur agence de pub. Et ensuite je voudrais que tout soit effacé.

Merci,
Yassine Bouzid
"""),
  is_dsar=True, rights=["access", "erasure"], lang="fr", name="Yassine Bouzid", mail="yassine.bouzid@gmail.com",
  processor=True, notes="Casting run by the agency for a client (brewery ad) -> processor. Access + erasure in plain words.",
  features=["two-rights", "no-legal-keywords"])

M(82, group="fr-BE", style="messy", studio="A", frm=("didier hanssens", "dhanssens1959@skynet.be"),
  date="Fri, 26 Jun 2026 22:08:14 +0200", subject="newsletter ???",
  root=text("""bonjour jai recu encore votre newsletter alors que je me suis jamais inscrit chez vous arretez de menvoyer ca svp et dites moi ou vous avez eu mon adresse mail
d hanssens
""", charset="us-ascii", cte="7bit"),
  is_dsar=True, rights=["access", "objection"], lang="fr", name="didier hanssens", mail="dhanssens1959@skynet.be",
  notes="No punctuation/accents. Stop newsletter = objection; 'where did you get my address' = access (source).",
  features=["two-rights", "no-legal-keywords"])

M(83, group="fr-BE", style="plain", studio="A", frm=("Camille Jacquemin", "camille.jacquemin@outlook.be"),
  date="Wed, 07 Oct 2026 10:14:55 +0200", subject="Départ – ma photo sur la page Équipe", raw_subject=True,
  root=text("""Bonjour Hélène,

Comme tu sais, je ne fais plus partie de l'équipe depuis fin septembre. Ma photo et ma petite bio sont toujours sur la page « Équipe » du site et sur le post Instagram de présentation. Je ne souhaite plus qu'elles soient utilisées, tu peux les retirer ?

Et pendant qu'on y est, j'aimerais recevoir une copie de ce que vous avez gardé dans mon dossier du personnel (contrat, évaluations, etc.).

Merci et bonne continuation !
Camille
""", cte="8bit"),
  is_dsar=True, rights=["access", "withdraw_consent"], lang="fr", name="Camille Jacquemin",
  mail="camille.jacquemin@outlook.be",
  notes="Former employee. Subject header is RAW 8-bit UTF-8 (not RFC 2047 encoded). Remove team photo/bio (withdraw_consent) + copy of HR file (access).",
  features=["raw-8bit-subject", "two-rights", "8bit"])

M(84, group="fr-BE", style="plain", studio="A", frm=("Laura Dethier", "laura.dethier@gmail.com"),
  date="Thu, 15 Oct 2026 13:36:22 +0200", subject="Question avant réservation",
  root=text("""Bonjour,

Avant de réserver une séance nouveau-né, j'aurais quelques questions :
- combien de temps conservez-vous les photos et les fichiers bruts après la séance ?
- les photos sont-elles stockées en Europe ?
- publiez-vous des photos de bébés sur vos réseaux sans accord des parents ?

Votre politique de confidentialité parle de « durée nécessaire », c'est un peu vague.

Merci !
Laura
"""),
  is_dsar=False, lang="fr",
  notes="General question about the privacy policy before booking; asks nothing about her own data.")

M(85, group="fr-BE", style="plain", studio="B", frm=("Emma Simon", "emma.simon.lg@gmail.com"),
  date="Tue, 20 Oct 2026 11:03:49 +0200", subject="demande de copie de mes données",
  root=multipart("mixed", [text("""Bonjour,

Suite à notre appel de ce matin, je vous envoie ma demande par écrit : je souhaite recevoir une copie de toutes les données personnelles que Casting Meuse détient à mon sujet.

Comme demandé par votre collègue, je joins le verso de ma carte d'identité (le recto suivra, mon scanner fait des siennes).

Bien à vous,
Emma Simon
"""), attach("verso_carte.pdf", "application/pdf", id_asset("id_0009.pdf"), True)], bd(85)),
  is_dsar=True, rights=["access"], lang="fr", name="Emma Simon", mail="emma.simon.lg@gmail.com",
  notes="Access request; ID is a PDF scan of the BACK of a Belgian eID (id_0009).",
  features=["id-attached", "pdf"])

M(86, group="fr-FR", style="other", studio="A", frm=("PhotoMatos Pro", "newsletter@photomatos-pro.fr"),
  date="Thu, 05 Nov 2026 06:00:00 +0100", subject="-30 % sur les fonds de studio + nos conseils RGPD pour photographes",
  extra=[("List-Unsubscribe", "<https://photomatos-pro.fr/desinscription?u=7731>"), ("Precedence", "bulk")],
  root=multipart("alternative", [text("""Bonjour Atelier Pixelune,

Cette semaine : -30 % sur tous les fonds papier et tissu, jusqu'à dimanche.

Dossier du mois : RGPD et droit à l'image - ce que doit contenir votre autorisation de publication, combien de temps garder les fichiers bruts, comment répondre à une demande d'accès d'un client.

Vous recevez cet e-mail car vous êtes client PhotoMatos Pro. Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression des données vous concernant. Pour vous désinscrire : https://photomatos-pro.fr/desinscription?u=7731
"""), text("""<html><body><h1>-30 % sur les fonds de studio</h1>
<p>Dossier du mois : <b>RGPD et droit à l'image</b> - ce que doit contenir votre autorisation de publication, combien de temps garder les fichiers bruts, comment répondre à une demande d'accès d'un client.</p>
<p style="font-size:10px">Vous recevez cet e-mail car vous êtes client PhotoMatos Pro. Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression des données vous concernant. <a href="https://photomatos-pro.fr/desinscription?u=7731">Se désinscrire</a></p></body></html>
""", subtype="html")], bd(86)),
  is_dsar=False, lang="fr", notes="Supplier newsletter to the studio, RGPD topic and rights footer.")

M(87, group="fr-FR", style="plain", studio="D", frm=("Sandrine Roux", "sandrine.roux@free.fr"), to=D["mail"],
  date="Mon, 09 Feb 2026 19:19:19 +0100", subject="Vidéo marché de Noël de Valkenburg – retrait",
  root=text("""Bonjour,

En décembre dernier, j'ai accepté d'être filmée (j'ai signé votre petit formulaire) pendant le tournage de votre clip au marché de Noël de Valkenburg. La vidéo est maintenant sur votre chaîne YouTube et sur votre site, et on me reconnaît très bien.

Finalement je ne suis plus d'accord pour apparaître dans cette vidéo : pouvez-vous la retirer ou me couper au montage ?

Je vous écris en français, j'espère que ce n'est pas un problème.

Cordialement,
Sandrine Roux (Reims)
"""),
  is_dsar=True, rights=["withdraw_consent"], lang="fr", name="Sandrine Roux", mail="sandrine.roux@free.fr",
  notes="French tourist writing in French to the Dutch video studio; revokes signed consent for a clip on the studio's own channel (not processor).",
  features=["no-legal-keywords"])

M(88, group="fr-FR", style="plain", studio="A", frm=("Sophie Moreau-Lenoir", "sophie.lenoir@wanadoo.fr"),
  date="Fri, 13 Mar 2026 10:44:37 +0100", subject="Au nom de ma mère, Mme Jacqueline Moreau",
  root=multipart("mixed", [text("""Madame, Monsieur,

Je vous écris au nom de ma mère, Madame Jacqueline Moreau, 84 ans, qui avait fait faire chez vous un portrait de famille lorsqu'elle habitait encore à Bruxelles. Elle n'utilise pas internet et m'a demandé de m'en occuper.

Elle continue de recevoir vos cartes publicitaires (réexpédiées par la poste). Elle ne souhaite plus recevoir aucune publicité de votre part et demande que ses coordonnées soient supprimées de votre fichier clients.

Je joins une procuration signée de sa main.

Avec mes remerciements,
Sophie Moreau-Lenoir
"""), attach("procuration_J_Moreau.pdf", "application/pdf", make_pdf([
      "PROCURATION", "", "Je soussignee Jacqueline Moreau donne procuration a ma fille,",
      "Sophie Moreau-Lenoir, pour toute demande relative a mes donnees", "aupres de l'Atelier Pixelune.",
      "", "Fait a Amiens, le 8 mars 2026", "J. Moreau"]), False)], bd(88)),
  is_dsar=True, rights=["erasure", "objection"], lang="fr", name="Sophie Moreau-Lenoir", mail="sophie.lenoir@wanadoo.fr",
  representative={"kind": "other", "data_subject": "Jacqueline Moreau"},
  notes="Daughter acting 'au nom de' her elderly mother (representative other). Stop advertising (objection) + delete from client file (erasure). Power-of-attorney PDF (not ID).",
  features=["two-rights", "pdf"])

M(89, group="fr-FR", style="plain", studio="B", frm=("Clément Fabre", "clement.fabre@agence-fabre-paris.fr"),
  date="Wed, 25 Mar 2026 15:15:15 +0100", subject="Option modèle – shooting Paris 18/06",
  root=text("""Bonjour,

Nous souhaiterions poser une option sur Inès (profil F-214 de votre book) pour un shooting catalogue prêt-à-porter à Paris le 18 juin, journée complète, tarif selon votre grille habituelle.

Pouvez-vous nous confirmer sa disponibilité et nous envoyer ses mensurations à jour ?

Les données des modèles seront traitées conformément au RGPD et supprimées à l'issue de la campagne.

Bien cordialement,
Clément Fabre
Agence Fabre – Production photo
"""),
  is_dsar=False, lang="fr", notes="B2B booking of a model; RGPD sentence about their own handling, no request.")

M(90, group="fr-FR", style="formal", studio="A", frm=("Julien Caron", "julien.caron@laposte.net"), to=A["priv"],
  date=None, subject="Demande de droit d'accès – article 15 du RGPD",
  root=multipart("mixed", [text("""Madame, Monsieur,

Veuillez trouver ci-joint ma demande d'exercice du droit d'accès (article 15 du RGPD) au format PDF.

En résumé : je vous demande de me confirmer si vous traitez des données me concernant et, dans l'affirmative, de m'en adresser une copie (article 15, paragraphe 3), accompagnée des informations sur les finalités, les destinataires et la durée de conservation.

Conformément à l'article 12(3) du RGPD, je vous remercie de me répondre dans un délai d'un mois. À défaut, je me réserve le droit d'introduire une réclamation auprès de l'APD.

Julien Caron
"""), attach("demande_acces_RGPD.pdf", "application/pdf", make_pdf([
      "Julien Caron", "8 avenue Foch, 80000 Amiens", "", "Objet : demande d'acces - article 15 RGPD", "",
      "Madame, Monsieur,", "Je vous demande copie de l'ensemble des donnees me concernant.",
      "Julien Caron"]), False)], bd(90)),
  is_dsar=True, rights=["access"], lang="fr", name="Julien Caron", mail="julien.caron@laposte.net",
  notes="NO Date header (received null; the Received trace header still carries a date). Access letter as PDF + summary in body.",
  features=["missing-date", "pdf", "generator-letter"])

# ================================================================ GERMAN 0091-0120
M(91, group="de-BE", style="plain", studio="C", frm=("Lea Kessler", "lea.kessler@skynet.be"),
  date="Fri, 16 Jan 2026 18:02:40 +0100", subject="Fotos auf der Website",
  root=text("""Hallo zusammen,

bitte nehmt die Fotos von mir von eurer Website (Galerie „Portraits Frühling“). Ich möchte da nicht mehr zu sehen sein.

Danke und liebe Grüße
Lea
"""),
  is_dsar=True, rights=["withdraw_consent"], lang="de", name="Lea Kessler", mail="lea.kessler@skynet.be",
  notes="Short plain request to take photos off the website; surname only in display name.",
  features=["no-legal-keywords"])

M(92, group="de-BE", style="plain", studio="C", frm=("Andrea Thelen", "andrea.thelen@gmail.com"),
  date="Tue, 10 Nov 2026 20:20:05 +0100", subject="Schulfotos Gemeindeschule Kettenis – Daten meines Sohnes",
  root=text("""Guten Tag,

Ihr Studio hat im Auftrag der Gemeindeschule Kettenis im Oktober die Klassenfotos gemacht. Mein Sohn Jonas Thelen (8 Jahre, 3. Klasse) ist darauf.

Ich möchte gerne wissen, welche Daten Sie über ihn gespeichert haben (Name, Klasse, Fotos, sonst noch etwas?), von wem Sie diese Daten bekommen haben und wie lange Sie sie aufbewahren.

Mit freundlichen Grüßen
Andrea Thelen
"""),
  is_dsar=True, rights=["access"], lang="de", name="Andrea Thelen", mail="andrea.thelen@gmail.com",
  representative={"kind": "parent", "data_subject": "Jonas Thelen"}, processor=True,
  notes="Parent for an 8-year-old; school shoot done on behalf of the school (processor). Access without legal keywords.",
  features=["no-legal-keywords"])

M(93, group="de-BE", style="plain", studio="C", frm=("Niklas Heinen", "niklas.heinen@hotmail.com"),
  date="Wed, 21 Jan 2026 12:12:12 +0100", subject="Termin für Bewerbungsfotos",
  root=text("""Hallo,

ich bräuchte bis Ende nächster Woche Bewerbungsfotos (digital + 4 Abzüge). Habt ihr Samstagvormittag noch was frei? Was kostet das ungefähr?

Gruß
Niklas
"""),
  is_dsar=False, lang="de", notes="Plain booking request.")

M(94, group="de-BE", style="formal", studio="C", frm=("Margit Lentz", "margit.lentz@skynet.be"), to=C["priv"],
  date="Mon, 02 Mar 2026 09:00:12 +0100", subject="Antrag auf Löschung personenbezogener Daten gemäß Art. 17 DSGVO",
  root=text("""Sehr geehrte Damen und Herren,

hiermit fordere ich Sie gemäß Art. 17 Abs. 1 DSGVO auf, sämtliche mich betreffenden personenbezogenen Daten unverzüglich zu löschen.

Sollten Sie der Ansicht sein, dass eine Ausnahme nach Art. 17 Abs. 3 DSGVO einschlägig ist, bitte ich um eine entsprechende Begründung. Sofern Sie meine Daten an Dritte weitergegeben haben, sind Sie nach Art. 19 DSGVO verpflichtet, diese über die Löschung zu unterrichten.

Bitte bestätigen Sie mir die Löschung innerhalb der Frist von einem Monat (Art. 12 Abs. 3 DSGVO).

Ich behalte mir vor, mich bei der Datenschutzbehörde zu beschweren, falls ich keine fristgerechte Antwort erhalte.

Mit freundlichen Grüßen
Margit Lentz
Bergkapellstraße 5
4700 Eupen

Dieses Schreiben wurde mit einem Online-Musterbrief erstellt.
""", cte="base64"),
  is_dsar=True, rights=["erasure"], lang="de", name="Margit Lentz", mail="margit.lentz@skynet.be",
  notes="Generator-style erasure letter, base64 body. Art. 17(3), 19, 12(3), complaint cited in passing.",
  features=["generator-letter"])

M(95, group="de-BE", style="forward", studio="C", frm=("Sabine | Fotostudio Weserblick", "sabine@weserblick-foto.be"),
  to=C["priv"], date="Tue, 09 Jun 2026 08:31:27 +0200", subject="WG: keine Werbung mehr",
  root=text("""Hi Tom,

kam gestern auf meine Adresse rein, kannst du das bitte übernehmen? Danke!
Sabine

---------- Weitergeleitete Nachricht ---------
Von: Patrick Schmitz <patrick.schmitz@telenet.be>
Datum: Mo., 8. Juni 2026 um 21:14 Uhr
Betreff: keine Werbung mehr
An: <sabine@weserblick-foto.be>

Hallo Sabine,

ich war vor zwei Jahren mit meiner Familie bei euch. Seitdem bekomme ich ständig eure Werbemails und die Gutscheinaktionen per Post. Bitte hört damit auf, ich möchte keine Werbung mehr von euch bekommen.

Gruß
Patrick Schmitz
"""),
  is_dsar=True, rights=["objection"], lang="de", name="Patrick Schmitz", mail="patrick.schmitz@telenet.be",
  notes="Internal forward by studio staff; requester is the original sender inside the forward, not From.",
  features=["no-legal-keywords"])

M(96, group="de-BE", style="messy", studio="C", frm=("Tanja Kreusch", "tanja.k1991@gmail.com"),
  date="Sun, 14 Jun 2026 01:12:44 +0200", subject="hochzeit 2025",
  root=text("""hallo, ich war letztes jahr bei euch fürs hochzeitsshooting (kreusch/jost, juli 2025) koennt ihr mir bitte alles schicken was ihr ueber mich gespeichert habt und danach alles loeschen?? wir sind getrennt und ich will das nicht mehr irgendwo rumliegen haben
lg tanja

Von meinem Samsung Galaxy Smartphone gesendet.
""", cte="8bit"),
  is_dsar=True, rights=["access", "erasure"], lang="de", name="Tanja Kreusch", mail="tanja.k1991@gmail.com",
  notes="Phone mail, mixed umlaut/ue spelling, no capitals. Access then erasure.",
  features=["two-rights", "no-legal-keywords", "8bit"])

M(97, group="de-BE", style="plain", studio="C", frm=("Herbert Cremer", "herbert.cremer@proximus.be"),
  date="Thu, 19 Mar 2026 10:47:58 +0100", subject="Mahnung Rechnung 2026-087 – bereits bezahlt",
  root=text("""Guten Tag,

ich habe heute eine Mahnung über 145,00 € bekommen. Die Rechnung habe ich aber schon am 3. März überwiesen (den Kontoauszug kann ich Ihnen schicken).

Meine Bankverbindung haben Sie ja, vielleicht ist die Zahlung „falsch“ zugeordnet worden? Bitte prüfen und kurz Bescheid geben.

Mit freundlichen Grüßen
Herbert Cremer
""", charset="windows-1252"),
  is_dsar=False, lang="de", notes="Invoice/dunning question; mentions bank data but no GDPR request. windows-1252 QP (€, „“).",
  features=["windows-1252"])

M(98, group="de-BE", style="plain", studio="C", frm=("Monique Hilgers", "monique.hilgers@outlook.be"),
  date="Wed, 08 Apr 2026 14:25:36 +0200", subject="Neue Adresse",
  root=text("""Guten Tag,

ich bin umgezogen. Bitte ändern Sie meine Anschrift in Ihrer Kundenkartei, damit die Abzüge vom Familienshooting an die richtige Adresse gehen:

alt: Aachener Straße 112, 4700 Eupen
neu: Rotenbergplatz 3, 4700 Eupen

Außerdem ist mein Nachname bei Ihnen falsch geschrieben (Hilger statt Hilgers).

Danke!
Monique Hilgers
"""),
  is_dsar=True, rights=["rectification"], lang="de", name="Monique Hilgers", mail="monique.hilgers@outlook.be",
  notes="Rectification (address + surname) phrased as an everyday customer request.",
  features=["no-legal-keywords"])

M(99, group="de-BE", style="plain", studio="C", frm=("Jens Margraff", "jens.margraff@gmail.com"),
  date="Sun, 03 May 2026 19:05:10 +0200", subject="AW: Ihre Bilder vom Familienshooting",
  root=text("""Hallo Herr Radermacher,

vielen Dank, die Bilder sind wunderschön geworden! Die Kinder sind begeistert. Wir bestellen noch zwei Leinwände, ich melde mich dazu.

Beste Grüße
Jens Margraff

Am 02.05.2026 um 09:30 schrieb Fotostudio Weserblick <info@weserblick-foto.be>:
> Guten Tag Herr Margraff,
>
> Ihre Bilder stehen ab sofort in Ihrer Online-Galerie bereit.
>
> Datenschutzhinweis: Sie haben jederzeit das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung, Löschung und Einschränkung der Verarbeitung Ihrer Daten sowie auf Widerruf Ihrer Einwilligung. Wenden Sie sich dazu an datenschutz@weserblick-foto.be.
>
> Mit freundlichen Grüßen
> Tom Radermacher
"""),
  is_dsar=False, lang="de", notes="Thank-you reply; GDPR wording only in quoted studio text.",
  features=["quoted-history"])

M(100, group="de-BE", style="plain", studio="C", frm=("Marie Peeters", "marie.peeters.eupen@gmail.com"),
  date="Sat, 25 Apr 2026 16:48:03 +0200", subject="Babybauchfotos Instagram",
  root=multipart("mixed", [text("""Hallo Tom,

ich widerrufe hiermit meine Einwilligung zur Veröffentlichung der Fotos von meinem Babybauch-Shooting (März) auf Instagram und Facebook. Die Fotos für uns privat dürft ihr natürlich behalten.

Damit ihr wisst, dass die Mail wirklich von mir kommt, hänge ich ein Foto meines Personalausweises an (vom iPhone, hoffe das Format geht).

Viele Grüße
Marie Peeters
"""), attach("IMG_4471.HEIC", "image/heic", heic_of("id_0003.jpg"), True)], bd(100)),
  is_dsar=True, rights=["withdraw_consent"], lang="de", name="Marie Peeters", mail="marie.peeters.eupen@gmail.com",
  notes="Consent withdrawal for social media; explicitly NOT erasure. ID photo as .HEIC (id_0003 converted).",
  features=["id-attached", "heic"])

M(101, group="de-BE", style="plain", studio="C", frm=("Bernd Kohnen", "bernd.kohnen@skynet.be"),
  date="Mon, 18 May 2026 11:11:40 +0200", subject="Hochzeitsfotos – bitte nicht löschen",
  root=text("""Guten Tag Herr Radermacher,

Sie hatten geschrieben, dass Sie die Rohdaten unserer Hochzeit nach einem Jahr löschen. Bitte löschen Sie die Bilder und unsere Vertragsunterlagen vorerst auf keinen Fall: Wir streiten uns mit dem Festsaal wegen der Schäden an diesem Abend und brauchen die Aufnahmen eventuell als Beweis.

Bis das geklärt ist, sollen sie aber auch nicht anderweitig verwendet oder weitergegeben werden.

Mit freundlichen Grüßen
Bernd Kohnen
"""),
  is_dsar=True, rights=["restriction"], lang="de", name="Bernd Kohnen", mail="bernd.kohnen@skynet.be",
  notes="Restriction in plain words: keep for a legal dispute, stop other use.",
  features=["no-legal-keywords"])

M(102, group="de-DE", style="formal", studio="D", frm=("Ilse Jansen", "ilse.jansen@web.de"), to=D["priv"],
  date="Thu, 22 Jan 2026 21:30:44 +0100", subject="Auskunftsersuchen nach Art. 15 DSGVO", charset_hdr="iso-8859-1",
  root=multipart("mixed", [text("""Sehr geehrte Damen und Herren,

ich bitte Sie, mir gemäß Art. 15 DSGVO Auskunft darüber zu erteilen, ob Sie mich betreffende personenbezogene Daten verarbeiten. Falls ja, ersuche ich um:

1. eine Kopie dieser Daten (Art. 15 Abs. 3 DSGVO),
2. die Verarbeitungszwecke,
3. die Empfänger oder Kategorien von Empfängern,
4. die geplante Speicherdauer,
5. die Herkunft der Daten,
6. Angaben zu einer automatisierten Entscheidungsfindung einschließlich Profiling (Art. 22 DSGVO).

Zu meiner Identifizierung füge ich eine Kopie meines Reisepasses bei (ich bin niederländische Staatsbürgerin, wohne aber in Herzogenrath).

Ich weise auf die Monatsfrist des Art. 12 Abs. 3 DSGVO hin. Ich behalte mir vor, mich bei der Aufsichtsbehörde zu beschweren.

Mit freundlichen Grüßen
Ilse Jansen
""", charset="iso-8859-1"), attach("Reisepass_Jansen.pdf", "application/pdf", id_asset("id_0010.pdf"), True)], bd(102)),
  is_dsar=True, rights=["access"], lang="de", name="Ilse Jansen", mail="ilse.jansen@web.de",
  notes="Generator-style access request, ISO-8859-1 QP; Art. 22 only as an information item. Dutch passport PDF (id_0010).",
  features=["iso-8859-1", "id-attached", "pdf", "generator-letter"])

M(103, group="de-DE", style="formal", studio="D",
  frm=("Rechtsanwältin Dr. Katrin Roeder", "k.roeder@kanzlei-roeder-lenz.de"), to=D["priv"],
  date="Wed, 15 Apr 2026 15:02:19 +0200",
  subject="Unsere Mandantin Wilhelmina de Jong – Auskunft und Löschung nach Art. 15, 17 DSGVO",
  root=multipart("mixed", [text("""Sehr geehrte Damen und Herren,

wir zeigen an, dass wir die rechtlichen Interessen von Frau Wilhelmina de Jong, wohnhaft in Aachen, vertreten. Eine auf uns lautende Vollmacht liegt bei.

Unsere Mandantin war bis zum 31.03.2026 bei der Hendriks Logistik GmbH beschäftigt. Im Auftrag ihrer ehemaligen Arbeitgeberin haben Sie im Herbst 2025 einen Imagefilm gedreht, in dem unsere Mandantin mehrfach zu sehen und zu hören ist.

Im Namen unserer Mandantin fordern wir Sie auf,

1. Auskunft nach Art. 15 DSGVO über sämtliche zu ihrer Person gespeicherten Daten zu erteilen, insbesondere Rohmaterial, Interviewaufnahmen und Freigabeerklärungen, und
2. sämtliche Aufnahmen unserer Mandantin nach Art. 17 DSGVO zu löschen, einschließlich nicht verwendeten Rohmaterials.

Zur Identifikation fügen wir eine Kopie der niederländischen Identitätskarte unserer Mandantin bei (Vorder- und Rückseite).

Für die Erledigung haben wir uns eine Frist von einem Monat notiert (Art. 12 Abs. 3 DSGVO).

Mit freundlichen Grüßen

Dr. Katrin Roeder
Rechtsanwältin
Kanzlei Roeder & Lenz, Theaterstraße 61, 52062 Aachen
"""), attach("Vollmacht_de_Jong.pdf", "application/pdf", make_pdf([
      "VOLLMACHT", "", "Hiermit bevollmaechtige ich, Wilhelmina de Jong, die Kanzlei Roeder & Lenz,",
      "meine Rechte nach der DSGVO gegenueber Grenslicht Videoproducties", "wahrzunehmen.", "",
      "Aachen, den 10.04.2026", "W. de Jong"]), False),
      attach("ID_de_Jong_Vorder_Rueckseite.jpg", "image/jpeg", id_asset("id_0001.jpg"), True)], bd(103)),
  is_dsar=True, rights=["access", "erasure"], lang="de", name="Dr. Katrin Roeder", mail="k.roeder@kanzlei-roeder-lenz.de",
  representative={"kind": "lawyer", "data_subject": "Wilhelmina de Jong"}, processor=True,
  notes="'Im Namen unserer Mandantin'; image film shot for the former employer (processor). Vollmacht PDF + NL ID front/back (id_0001).",
  features=["two-rights", "id-attached", "pdf"])

M(104, group="de-DE", style="form", studio="D", frm=("Grenslicht website", "noreply@grenslicht.nl"),
  date="Mon, 23 Feb 2026 10:41:03 +0000", subject="Nieuw bericht via contactformulier",
  root=text("""Naam: Dirk Hansmann
E-mailadres: d.hansmann@hansmann-metallbau.de
Telefoon: +49 2451 000 1234
Onderwerp: Angebot Imagefilm

Bericht:
Guten Tag, wir suchen für unseren Betrieb in Geilenkirchen einen Imagefilm (ca. 2 Minuten, Drohnenaufnahmen, kurze Interviews mit 3-4 Mitarbeitern). Können Sie uns ein Angebot machen? Drehzeitraum wäre Mai.

Privacy: [x] Ik ga akkoord met de privacyverklaring
--
Verzonden via grenslicht.nl
"""),
  is_dsar=False, lang="de", notes="Contact-form mail (Dutch form labels) with a German quote request; consent checkbox is not a request.")

M(105, group="de-DE", style="other", studio="D", frm=("Maria van den Broek", "maria.vandenbroek@gmx.de"),
  date="Fri, 27 Mar 2026 17:56:30 +0100", subject="Meine Daten als Datei",
  root=multipart("related", [text("""<html><head><meta charset="utf-8"></head><body>
<p>Hallo,</p>
<p>ich habe bei euch 2024 und 2025 jeweils ein Familienvideo machen lassen. Ich möchte alle meine Kundendaten (Kontaktdaten, Bestellungen, Fragebögen) und die Videos in einem gängigen Format bekommen, am liebsten als CSV oder JSON und die Videos als MP4, damit ich alles zu einem anderen Anbieter mitnehmen kann.</p>
<p>Unten mein Ausweis, damit ihr seht, dass ich es bin:</p>
<p><img src="cid:ausweis01.b3@gmx.de" width="400"></p>
<p>Danke!<br>Maria Tessa van den Broek</p>
</body></html>
""", subtype="html"), attach("ausweis.jpg", "image/jpeg", id_asset("id_0007.jpg"), True, disposition="inline",
                            cid="ausweis01.b3@gmx.de")], bd(105)),
  is_dsar=True, rights=["portability"], lang="de", name="Maria van den Broek", mail="maria.vandenbroek@gmx.de",
  notes="HTML-only (multipart/related, no text/plain) with INLINE ID image (id_0007, NL ID front). Portability in plain words.",
  features=["html-only", "inline-image", "id-attached", "no-legal-keywords"])

M(106, group="de-DE", style="plain", studio="D", frm=("Heike Wirtz", "heike.wirtz@t-online.de"),
  date="Tue, 12 May 2026 07:07:07 +0200", subject="Abmelden",
  root=text("""Bitte keine Newsletter mehr.

H. Wirtz
""", charset="us-ascii", cte="7bit"),
  is_dsar=True, rights=["objection"], lang="de", name="Heike Wirtz", mail="heike.wirtz@t-online.de",
  notes="Extremely short newsletter opt-out = objection.", features=["no-legal-keywords"])

M(107, group="de-DE", style="other", studio="D", frm=("Stefan Lorenz", "s.lorenz@lorenz-immobilien-aachen.de"),
  date="Tue, 23 Dec 2025 16:00:03 +0100", subject="Automatische Antwort: Freigabe Rohschnitt Imagefilm",
  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  root=text("""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 6. Januar 2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an unser Büro unter 0241 000 5678.

Informationen zur Verarbeitung Ihrer personenbezogenen Daten und zu Ihren Rechten nach Art. 15 ff. DSGVO finden Sie unter www.lorenz-immobilien-aachen.de/datenschutz.

Stefan Lorenz
"""),
  is_dsar=False, lang="de", notes="Out-of-office with DSGVO footer.")

M(108, group="de-DE", style="plain", studio="D", frm=("Markus Theissen", "markus.theissen@gmx.de"), to=D["priv"],
  date="Mon, 20 Apr 2026 08:15:52 +0200", subject="Erinnerung: Löschung meiner Daten – Anfrage vom 12.03.2026",
  root=text("""Sehr geehrte Damen und Herren,

am 12. März habe ich Sie um Löschung meiner Daten gebeten (siehe unten). Bis heute habe ich keine Antwort erhalten; die Frist nach Art. 12 Abs. 3 DSGVO ist abgelaufen.

Ich bitte Sie nochmals, meine Daten zu löschen und mir das zu bestätigen. Andernfalls behalte ich mir vor, mich bei der Aufsichtsbehörde zu beschweren.

MfG
Markus Theissen

-----Ursprüngliche Nachricht-----
Von: Markus Theissen <markus.theissen@gmx.de>
Gesendet: Donnerstag, 12. März 2026 18:22
An: privacy@grenslicht.nl
Betreff: Löschung meiner Daten

Hallo,
ich war 2024 bei einem Ihrer Workshops (Videoschnitt für Einsteiger) in Kerkrade. Bitte löschen Sie meine Daten, ich brauche keinen Kontakt mehr.
Danke, Markus Theissen
"""),
  is_dsar=True, rights=["erasure"], lang="de", name="Markus Theissen", mail="markus.theissen@gmx.de",
  follow_up=True, notes="Reminder of unanswered erasure request, Outlook-style quoted original.",
  features=["quoted-history"])

M(109, group="de-DE", style="form", studio="D", frm=("Grenslicht website", "noreply@grenslicht.nl"),
  reply_to=(None, "joerg.baumann@gmx.de"),
  date="Sat, 10 Jan 2026 14:27:18 +0000", subject="Nieuw bericht via contactformulier",
  root=text("""Naam: Jörg Baumann
E-mailadres: joerg.baumann@gmx.de
Telefoon:
Onderwerp: Video Weihnachtsmarkt

Bericht:
Hallo, in eurem Video vom Weihnachtsmarkt Kerkrade (auf der Startseite und bei YouTube) bin ich mehrmals groß zu sehen. Ich hatte beim Dreh zwar mündlich ja gesagt, das ziehe ich hiermit zurück. Bitte schneidet mich raus oder nehmt das Video runter.

Privacy: [x] Ik ga akkoord met de privacyverklaring
--
Verzonden via grenslicht.nl
"""),
  is_dsar=True, rights=["withdraw_consent"], lang="de", name="Jörg Baumann", mail="joerg.baumann@gmx.de",
  notes="Contact form with Dutch labels, German message; Reply-To set to the submitter (same as form field).",
  features=["reply-to", "no-legal-keywords"])

M(110, group="de-DE", style="messy", studio="C", frm=("Juergen Mueller", "j.mueller.ac@t-online.de"),
  date="Thu, 04 Jun 2026 23:49:01 +0200", subject="name falsch",
  root=text("""hallo
ich heisse mueller mit ue nicht mit ü, so steht es auch im pass. bei euch im system (rechnung, gutschein, newsletter) steht überall müller. bitte mal korrigieren danke
juergen mueller
""", cte="8bit"),
  is_dsar=True, rights=["rectification"], lang="de", name="Juergen Mueller", mail="j.mueller.ac@t-online.de",
  notes="Messy rectification of name spelling (Aachen customer of the Eupen studio).",
  features=["no-legal-keywords", "8bit"])

M(111, group="de-DE", style="other", studio="D", frm=("Datenschutz-Team", "security@grenslicht-nl.mailbox-verify.com"),
  to=D["mail"], date="Wed, 29 Jul 2026 03:14:15 +0200", subject="DSGVO-Pflichtverifizierung Ihres Postfachs studio@grenslicht.nl",
  root=text("""<html><body style="font-family:Arial">
<p>Sehr geehrter Nutzer,</p>
<p>gemäß der neuen <b>DSGVO-Richtlinie 2026</b> muss Ihr Postfach <b>studio@grenslicht.nl</b> verifiziert werden. Ohne Verifizierung wird Ihr Konto innerhalb von <b>24 Stunden</b> gelöscht.</p>
<p><a href="http://grenslicht-nl.mailbox-verify.com/login">Jetzt verifizieren</a></p>
<p>Ihr Datenschutz-Team</p>
</body></html>
""", subtype="html", cte="base64"),
  is_dsar=False, lang="de", notes="Phishing, HTML-only base64, uses DSGVO wording and 'gelöscht'.",
  features=["html-only"])

M(112, group="de-DE", style="formal", studio="D", frm=("Christoph Brandts", "christoph.brandts@gmx.net"),
  date="Fri, 28 Aug 2026 12:00:45 +0200", subject="Widerspruch gemäß Art. 21 DSGVO",
  root=text("""Sehr geehrte Damen und Herren,

gemäß Art. 21 Abs. 2 DSGVO widerspreche ich der Verarbeitung meiner personenbezogenen Daten zum Zwecke der Direktwerbung. Dies gilt auch für ein damit verbundenes Profiling.

Nach Art. 21 Abs. 3 DSGVO dürfen meine Daten danach nicht mehr für diese Zwecke verarbeitet werden. Ein Recht auf Löschung nach Art. 17 DSGVO mache ich derzeit ausdrücklich nicht geltend, da ich weiterhin Kunde bleiben möchte.

Bitte bestätigen Sie mir den Eingang und die Umsetzung meines Widerspruchs.

Ich behalte mir vor, mich bei der Aufsichtsbehörde zu beschweren.

Mit freundlichen Grüßen
Christoph Brandts
""", charset="windows-1252", cte="base64"),
  is_dsar=True, rights=["objection"], lang="de", name="Christoph Brandts", mail="christoph.brandts@gmx.net",
  notes="Objection only; erasure (Art. 17) explicitly NOT requested. windows-1252 base64 body.",
  features=["windows-1252", "generator-letter"])

M(113, group="de-DE", style="plain", studio="D", frm=("Melanie Kuckertz", "melanie.kuckertz@web.de"),
  date="Mon, 14 Sep 2026 09:58:31 +0200", subject="Hochzeitsvideo – sehr enttäuscht",
  root=text("""Hallo,

wir haben gestern endlich das Video bekommen. Leider ist der Ton bei der Trauung fast nicht zu hören und die Rede meines Vaters fehlt komplett.

Dazu kommt, dass ihr meine Handynummer ohne zu fragen an den Caterer weitergegeben habt – der hat mich danach dreimal angerufen. Datenschutz scheint bei euch nicht so wichtig zu sein.

Ich erwarte, dass ihr den Ton nachbessert, sonst möchte ich einen Teil des Geldes zurück.

Melanie Kuckertz
"""),
  is_dsar=False, lang="de", notes="Service complaint mentioning unauthorised disclosure; no GDPR action requested.")

M(114, group="de-DE", style="plain", studio="B", frm=("Sven Offermann", "sven.offermann@gmx.de"), to=B["mail"],
  date="Do, 14 Mai 2026 14:03:11 +0200", subject="Casting 2019",
  root=text("""Hallo,

ich war 2019 mal bei einem Casting bei Ihnen in Lüttich (Werbespot für einen Autohändler, glaube ich). Was haben Sie eigentlich noch alles von mir gespeichert? Fotos, Videos, Adresse? Ich würde das gern wissen.

Auf Französisch kann ich leider nicht schreiben, ich hoffe Deutsch ist ok.

Viele Grüße
Sven Offermann
"""),
  is_dsar=True, rights=["access"], lang="de", name="Sven Offermann", mail="sven.offermann@gmx.de",
  notes="MALFORMED Date header (German day/month names) -> received null (Received trace header has a valid date). Access in plain words; asks about agency's own talent records (processor false).",
  features=["malformed-date", "no-legal-keywords"])

M(115, group="de-AT/CH", style="plain", studio="B", frm=("Katharina Pichler", "katharina.pichler@gmx.at"),
  date="Thu, 02 Jul 2026 10:30:30 +0200", subject="Löschung Sedcard",
  root=multipart("mixed", [text("""Sehr geehrte Damen und Herren,

ich war von 2022 bis 2024 bei Ihnen in der Kartei (Sedcard siehe Screenshot im Anhang, ist nach wie vor online). Da ich inzwischen in Wien lebe und nicht mehr als Model arbeite, ersuche ich Sie, meine Sedcard samt aller Fotos sowie meine Daten aus Ihrer Kartei zu löschen.

Mit freundlichen Grüßen aus Wien
Katharina Pichler
"""), attach("Sedcard_Screenshot.png", "image/png", screenshot_png(115, "castingmeuse.be/talents/sedcard-k-p"), False)], bd(115)),
  is_dsar=True, rights=["erasure"], lang="de", name="Katharina Pichler", mail="katharina.pichler@gmx.at",
  notes="Austrian wording ('ersuche'); erasure of sedcard + data. Screenshot attached (not ID).",
  features=["screenshot"])

M(116, group="de-AT/CH", style="plain", studio="D", frm=("Anna Ruïz", "a.ruiz@treuhand-seeblick.ch"),
  reply_to=("Anna Ruïz", "anna.ruiz@bluewin.ch"),
  date="Tue, 06 Oct 2026 12:44:09 +0200", subject="Auskunft und Adressänderung",
  root=multipart("mixed", [text("""Grüezi mitenand

Ich habe vor zwei Jahren bei Ihnen ein Hochzeitsvideo machen lassen (damals wohnten wir noch in Heerlen). Könnten Sie mir bitte mitteilen, welche Daten Sie noch über mich gespeichert haben?

Ausserdem ist meine Adresse nicht mehr aktuell, neu: Seestrasse 18, 8802 Kilchberg. Bitte passen Sie das an.

Antworten Sie bitte an meine private Adresse, ich schreibe aus dem Büro. Zur Sicherheit lege ich einen Scan meiner ID bei.

Freundliche Grüsse
Anna Ruïz
"""), attach("scan_identitaetskarte.jpg", "application/octet-stream", id_asset("id_0008.jpg"), True)], bd(116)),
  is_dsar=True, rights=["access", "rectification"], lang="de", name="Anna Ruïz", mail="anna.ruiz@bluewin.ch",
  notes="Swiss spelling (ss). From = office address, Reply-To = private address (requester_email). ID declared as application/octet-stream (id_0008, NL ID front+back).",
  features=["reply-to", "two-rights", "id-attached", "octet-stream"])

M(117, group="de-AT/CH", style="plain", studio="D", frm=("Florian Gruber", "florian.gruber@aon.at"),
  date="Sun, 08 Nov 2026 20:12:00 +0100", subject="Anfrage Hochzeitsvideo August 2027 – Location-Fotos",
  root=multipart("mixed", [text("""Servus,

wir (Florian & Verena) heiraten am 14. August 2027 in Valkenburg. Im Anhang ein paar Urlaubsfotos von der Location, damit ihr euch ein Bild machen könnt.

Hättet ihr an dem Tag Zeit und was würde ein Paket mit Drohne und Trailer kosten?

Liebe Grüße aus Graz
Florian
"""), attach("Urlaub_Valkenburg_1.jpg", "image/jpeg", holiday_jpg(1171), False),
      attach("Urlaub_Valkenburg_2.jpg", "image/jpeg", holiday_jpg(1172), False)], bd(117)),
  is_dsar=False, lang="de", notes="Booking enquiry with two holiday photos (non-ID).", features=["holiday-photos"])

M(118, group="de-AT/CH", style="plain", studio="B", frm=("Regula Baumgartner", "regula.baumgartner@gmx.ch"),
  date="Wed, 11 Nov 2026 08:22:47 +0100", subject="Kinderkartei – Lina Baumgartner",
  root=multipart("mixed", [text("""Guten Tag

Im Namen meiner Tochter Lina Baumgartner (13) bitte ich Sie, ihr Profil in Ihrer Kinderkartei sowie die Castingvideos und Fotos zu löschen. Lina möchte nicht mehr modeln, seit wir von Lüttich nach Basel gezogen sind.

Ausserdem möchte ich keine Casting-Aufrufe und Newsletter mehr von Ihnen erhalten.

Damit Sie das richtige Profil finden, hänge ich das Passfoto an, das wir damals eingereicht haben.

Freundliche Grüsse
Regula Baumgartner
"""), attach("Passfoto_Lina.jpg", "image/jpeg", portrait_jpg(118), False)], bd(118)),
  is_dsar=True, rights=["erasure", "objection"], lang="de", name="Regula Baumgartner", mail="regula.baumgartner@gmx.ch",
  representative={"kind": "parent", "data_subject": "Lina Baumgartner"},
  notes="Parent for a 13-year-old model (erasure) + stop casting calls/newsletter (objection). 'Passfoto' is a portrait photo, NOT an identity document.",
  features=["two-rights", "passfoto-not-id"])

M(119, group="de-AT/CH", style="plain", studio="C", frm=("Anna Vos", "anna.vos@gmx.at"), to=C["priv"],
  date="Wed, 07 Oct 2026 19:31:02 +0200", subject="AW: Ihre Anfrage auf Auskunft",
  extra=[("In-Reply-To", "<b3.0119.reply@weserblick-foto.be>")],
  root=multipart("mixed", [text("""Sehr geehrter Herr Radermacher,

anbei wie gewünscht eine Kopie meines Ausweises (Rückseite; die Vorderseite schicke ich Ihnen, sobald ich den Ausweis vom Amt zurückhabe).

Bitte schicken Sie mir nun die Kopie meiner gespeicherten Daten.

Mit freundlichen Grüßen
Anna Vos

Am 06.10.2026 um 11:12 schrieb Fotostudio Weserblick <datenschutz@weserblick-foto.be>:
> Sehr geehrte Frau Vos,
>
> vielen Dank für Ihre Auskunftsanfrage vom 2. Oktober. Um sicherzustellen, dass wir die Daten an die richtige Person herausgeben, bitten wir Sie um eine Kopie eines Ausweisdokuments.
>
> Mit freundlichen Grüßen
> Tom Radermacher, Fotostudio Weserblick
"""), attach("Ausweis_Rückseite.jpg", "image/jpeg", id_asset("id_0002.jpg"), True, rfc2231=True)], bd(119)),
  is_dsar=True, rights=["access"], lang="de", name="Anna Vos", mail="anna.vos@gmx.at",
  notes="Reply supplying ID (back only, id_0002) to the studio's ID request, restating the access request; not a reminder (follow_up false). Filename with umlaut, RFC 2231 encoded.",
  features=["quoted-history", "id-attached", "rfc2231-filename"])

M(120, group="de-AT/CH", style="plain", studio="C", frm=("Lukas Hofer", "lukas.hofer@chello.at"),
  date="Fri, 13 Nov 2026 13:13:13 +0100", subject="Frage zu Ihrer Datenschutzerklärung",
  root=text("""Guten Tag,

ich habe auf Ihrer Website die Datenschutzerklärung gelesen, weil ich überlege, im Sommer bei Ihnen ein Shooting zu buchen, wenn ich meine Schwester in Eupen besuche.

Dort steht, dass Sie Google Analytics und den Facebook-Pixel verwenden – ist das noch aktuell? Und welche Aufsichtsbehörde wäre für Sie zuständig, die belgische?

Reine Neugier, ich bin beruflich selbst Datenschutzbeauftragter.

Beste Grüße
Lukas Hofer
"""),
  is_dsar=False, lang="de", notes="Question about the privacy policy; asks nothing about own data.")


# ---------------------------------------------------------------- assemble
def to_iso(date):
    if date is None:
        return None
    try:
        dt = email.utils.parsedate_to_datetime(date)
    except (TypeError, ValueError):
        return None
    if dt is None or dt.tzinfo is None:
        return None
    return dt.isoformat()


def build_one(m):
    n = m["n"]
    st = STUDIOS[m["studio"]]
    fname, faddr = m["frm"]
    dom = faddr.split("@")[1]
    hs = []
    hs.append(("Return-Path", "<%s>" % faddr))
    rdate = m["date"] if to_iso(m["date"]) else {90: "Wed, 14 Jan 2026 09:58:02 +0100",
                                                    114: "Thu, 14 May 2026 14:03:14 +0200"}[n]
    hs.append(("Received", "from mail.%s (mail.%s [192.0.2.%d])\n\tby mx.%s with ESMTPS id %08x;\n\t%s"
               % (dom, dom, n, st["dom"], n * 40503 % 2**32, rdate)))
    hs.append(("From", addr(fname, faddr, m["charset_hdr"])))
    hs.append(("To", addr(st["name"], m["to"] or st["mail"])))
    if m["cc"]:
        hs.append(("Cc", m["cc"]))
    if m["reply_to"]:
        hs.append(("Reply-To", addr(m["reply_to"][0], m["reply_to"][1])))
    if m["raw_subject"]:
        hs.append(("Subject", m["subject"].encode("utf-8")))
    else:
        hs.append(("Subject", subj(m["subject"], m["charset_hdr"])))
    if m["date"] is not None:
        hs.append(("Date", m["date"]))
    hs.append(("Message-ID", "<b3.%04d.%s@%s>" % (n, "%08x" % (n * 2654435761 % 2**32), dom)))
    hs.extend(m["extra"])
    hs.append(("MIME-Version", "1.0"))
    root = m["root"]
    raw = ser_headers(hs) + ser_headers(root["headers"]) + b"\n" + root["body"]
    atts = [dict(l["att"]) for l in leaves(root) if "att" in l]
    rep = m["representative"]
    gt = OrderedDict()
    gt["file"] = "%04d.eml" % n
    gt["is_dsar"] = m["is_dsar"]
    gt["rights"] = m["rights"]
    gt["language"] = m["lang"]
    gt["requester_name"] = m["name"] if m["is_dsar"] else None
    gt["requester_email"] = m["mail"] if m["is_dsar"] else None
    gt["received"] = to_iso(m["date"])
    gt["attachments"] = atts
    gt["representative"] = rep
    gt["processor"] = m["processor"]
    gt["follow_up"] = m["follow_up"]
    gt["group"] = m["group"]
    gt["style"] = m["style"]
    gt["notes"] = "Studio %s (%s). %s" % (st["name"], st["city"], m["notes"])
    return raw, gt


def build():
    os.makedirs(OUT, exist_ok=True)
    for m in MAILS:
        raw, gt = build_one(m)
        with open(os.path.join(OUT, "%04d.eml" % m["n"]), "wb") as f:
            f.write(raw)
        with open(os.path.join(OUT, "%04d.json" % m["n"]), "w", encoding="utf-8") as f:
            json.dump(gt, f, ensure_ascii=False, indent=2)
            f.write("\n")


# ---------------------------------------------------------------- self-check
def decoded_text(msg):
    out = []
    for k, v in msg.items():
        out.append("%s: %s" % (k, v))
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            try:
                out.append(part.get_content())
            except Exception:
                pass
    return "\n".join(out)


def check():
    errs = []
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    want = ["%04d.eml" % n for n in range(61, 121)]
    if files != want:
        errs.append("file set mismatch")
    for fn in want:
        base = fn[:-4]
        raw = open(os.path.join(OUT, fn), "rb").read()
        gt = json.load(open(os.path.join(OUT, base + ".json"), encoding="utf-8"), object_pairs_hook=OrderedDict)
        e = lambda s: errs.append("%s: %s" % (fn, s))
        if list(gt.keys()) != KEYS:
            e("keys/order %s" % list(gt.keys()))
        if gt["file"] != fn:
            e("file field")
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for k in msg.keys():
                str(msg[k])
            for part in msg.walk():
                if part.get_content_maintype() == "text":
                    part.get_content()
        except Exception as ex:
            e("parse error %r" % ex)
            continue
        r = gt["rights"]
        if any(x not in RIGHTS for x in r) or r != sorted(r, key=RIGHTS.index) or len(set(r)) != len(r):
            e("rights not canonical %s" % r)
        if len(r) > 2:
            e("more than two rights")
        if gt["is_dsar"] != bool(r):
            e("is_dsar/rights mismatch")
        if not gt["is_dsar"]:
            if gt["requester_name"] is not None or gt["requester_email"] is not None or gt["representative"] is not None \
                    or gt["processor"] or gt["follow_up"]:
                e("non-request with requester fields")
        if gt["language"] not in ("nl", "en", "fr", "de"):
            e("language")
        if gt["group"] not in GROUPS or gt["style"] not in STYLES:
            e("group/style")
        if gt["group"].startswith("fr") != (gt["language"] == "fr"):
            e("group/language mismatch")
        # received equals parsed Date
        date_raw = None
        for line in raw.split(b"\n\n", 1)[0].split(b"\n"):
            if line.lower().startswith(b"date:"):
                date_raw = line[5:].strip().decode("ascii")
        exp = to_iso(date_raw)
        if gt["received"] != exp:
            e("received %s != %s" % (gt["received"], exp))
        if date_raw is not None and exp is not None:
            dt = msg["Date"].datetime
            if dt is None or dt.isoformat() != gt["received"]:
                e("policy Date mismatch")
        # attachments equal MIME parts
        parts = [dict(filename=p.get_filename(), content_type=p.get_content_type())
                 for p in msg.walk() if p.get_filename() is not None]
        gat = [dict(filename=a["filename"], content_type=a["content_type"]) for a in gt["attachments"]]
        if parts != gat:
            e("attachments %s != %s" % (parts, gat))
        for a in gt["attachments"]:
            if list(a.keys()) != ["filename", "content_type", "is_id_document"] or not isinstance(a["is_id_document"], bool):
                e("attachment keys")
        # requester address literally in mail
        if gt["requester_email"] is not None:
            if gt["requester_email"].encode() not in raw:
                e("requester_email not literally in raw mail")
            rt = msg.get("Reply-To")
            if rt is not None and rt.addresses and gt["requester_email"] != rt.addresses[0].addr_spec:
                e("Reply-To present but requester_email differs")
        if gt["requester_name"] is not None and gt["requester_name"] not in decoded_text(msg):
            e("requester_name not found in decoded mail")
        rep = gt["representative"]
        if rep is not None:
            if list(rep.keys()) != ["kind", "data_subject"] or rep["kind"] not in ("parent", "lawyer", "other"):
                e("representative format")
            if rep["data_subject"] not in decoded_text(msg):
                e("data_subject not in mail")
        for k in ("is_dsar", "processor", "follow_up"):
            if not isinstance(gt[k], bool):
                e("%s not bool" % k)
    return errs


# ---------------------------------------------------------------- README
def readme():
    gts = [json.load(open(os.path.join(OUT, "%04d.json" % n), encoding="utf-8")) for n in range(61, 121)]
    feats = Counter()
    for m in MAILS:
        for f in m["features"]:
            feats[f] += 1
    for gt, m in zip(gts, MAILS):
        raw = open(os.path.join(OUT, gt["file"]), "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        ctes = {str(p.get("Content-Transfer-Encoding", "")).lower() for p in msg.walk() if p.get_content_maintype() == "text"}
        if "quoted-printable" in ctes: feats["qp-text-body"] += 1
        if "base64" in ctes: feats["base64-text-body"] += 1
        if any(a["is_id_document"] for a in gt["attachments"]): feats["has-id-document"] += 1
        if gt["attachments"]: feats["has-attachment"] += 1
        if gt["representative"]: feats["representative-" + gt["representative"]["kind"]] += 1
        if gt["processor"]: feats["processor"] += 1
        if gt["follow_up"]: feats["follow_up"] += 1
        if gt["style"] == "forward": feats["forward"] += 1
        if gt["style"] == "form": feats["contact-form"] += 1
    L = []
    L.append("# Blind intake test set, part b (mails 0061-0120, French + German)\n")
    L.append("Built by `python3 make_set.py` (standard-library `email`, Pillow for synthetic images, "
             "pillow-heif once to create `assets/id_0003.heic`, which is cached so rebuilds are byte-identical). "
             "The script runs a self-check after building; `python3 make_set.py --check` runs the check only.\n")
    L.append("## Fictional studios\n")
    for k, s in STUDIOS.items():
        L.append("- %s: **%s**, %s - %s / %s" % (k, s["name"], s["addr"], s["mail"], s["priv"]))
    L.append("\nThe brief said 'three studios' but listed four places (Brussels, Liège/Namur, Eupen, Dutch border); all four are used.\n")
    L.append("## Counts\n")
    L.append("- mails: %d, GDPR requests: %d, non-requests: %d" % (len(gts), sum(g["is_dsar"] for g in gts), sum(not g["is_dsar"] for g in gts)))
    L.append("\n| group | mails | requests | non-requests |\n|---|---|---|---|")
    for g in GROUPS:
        sel = [x for x in gts if x["group"] == g]
        L.append("| %s | %d | %d | %d |" % (g, len(sel), sum(x["is_dsar"] for x in sel), sum(not x["is_dsar"] for x in sel)))
    L.append("\n| right | mails |\n|---|---|")
    rc = Counter(r for g in gts for r in g["rights"])
    for r in RIGHTS:
        L.append("| %s | %d |" % (r, rc[r]))
    L.append("| (two rights in one mail) | %d |" % sum(len(g["rights"]) == 2 for g in gts))
    L.append("\n| style | mails |\n|---|---|")
    sc = Counter(g["style"] for g in gts)
    for s in STYLES:
        L.append("| %s | %d |" % (s, sc[s]))
    L.append("\n| studio | mails |\n|---|---|")
    stc = Counter(m["studio"] for m in MAILS)
    for k in STUDIOS:
        L.append("| %s %s | %d |" % (k, STUDIOS[k]["name"], stc[k]))
    L.append("\n| feature | mails |\n|---|---|")
    for f, c in sorted(feats.items()):
        L.append("| %s | %d |" % (f, c))
    L.append("\n## Conventions used in the ground truth\n")
    L.append("- For mails sent by a representative (parent, lawyer, relative), `requester_name`/`requester_email` are the sender's "
             "(the person writing, whose address a reply goes to); the data subject is in `representative.data_subject`.")
    L.append("- `requester_email`: Reply-To when it differs from From; the original sender for forwards; the form field for contact forms.")
    L.append("- `received` is null for 0090 (no Date header) and 0114 (Date header with German day/month names, unparseable).")
    L.append("- Every mail has a synthetic Received trace header; for 0090/0114 it carries a valid date but `received` is still null (only the outer Date header counts).")
    L.append("- 0083 has a raw 8-bit UTF-8 Subject header (not RFC 2047 encoded).")
    L.append("- 0076 (a self-forward re-sending a mail that went to a dead address) and 0119 (reply supplying ID) are NOT marked follow_up; 0069 and 0108 are reminders.")
    L.append("- 0118's 'Passfoto' and 0117's holiday photos are not identity documents; 0116's ID is declared application/octet-stream; 0105's ID is an inline image in an HTML-only mail; 0100's ID is a .HEIC.")
    L.append("- ID scans come from /work/coord/intake_blind/assets (id_people.json); the requester names match the document holders.\n")
    L.append("## Per-mail overview\n")
    L.append("| file | group | style | dsar | rights | notes |\n|---|---|---|---|---|---|")
    for g in gts:
        L.append("| %s | %s | %s | %s | %s | %s |" % (g["file"], g["group"], g["style"], "yes" if g["is_dsar"] else "no",
                                                  ", ".join(g["rights"]), g["notes"].replace("|", "/")))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    if "--check" not in sys.argv:
        build()
    errs = check()
    for x in errs:
        print("FAIL", x)
    if errs:
        sys.exit(1)
    if "--check" not in sys.argv:
        readme()
    print("self-check passed: %d mails" % len(MAILS))
