"""Pictures that are *not* identity documents, made in memory for the ID-flag evaluation.

    from idflag_negatives import negatives
    for name, kind, content_type, data in negatives(seed=1): ...

What a studio receives beside (or instead of) an ID scan: portfolio shots and portraits
(crops of the corpus's face photos in 4:3, 3:2, 2:3 and square frames), a printed portrait
photographed on a table (a bright rectangle with a face, the hard case for "face on a card"),
ordinary phone photos (scenes of shapes and texture), screenshots of text (a mail, a web page
with a portrait, a privacy notice that names the identity card and the passport), photos of a
printed letter, signature logos and invoices as PDF. Everything is drawn from ``seed``: the
evaluation keeps two seeds apart (one looked at while choosing the rules, one not).
"""

from __future__ import annotations

import io
import random
from collections.abc import Iterator
from pathlib import Path

import numpy as np

SHARED = Path(__file__).resolve().parents[2] / "shared"
FACES = SHARED / "idscans" / "faces"
FONTS = Path(__file__).resolve().parents[1] / "studio_dsar" / "resources" / "fonts"

LOREM = (
    "Beste Sanne, dank je voor de foto's van afgelopen zaterdag. Ze zijn prachtig geworden en "
    "we willen er graag een paar laten afdrukken op groot formaat. Kun je ons een offerte sturen "
    "voor drie prints van 50 bij 70 centimeter, ingelijst? We denken aan de foto bij het water en "
    "de twee portretten in de tuin. Hartelijke groet, Mark en Ilse. Dear team, thanks again for "
    "the session. Could you send the invoice to our office address? Best regards. Bonjour, merci "
    "pour les photos du mariage. Pouvez-vous nous envoyer la facture? Vielen Dank für die Bilder."
).split()

PRIVACY = (
    "Privacyverklaring. Wij bewaren uw gegevens niet langer dan nodig. Wij vragen nooit om een kopie "
    "van uw identiteitskaart of paspoort, tenzij wij twijfelen aan uw identiteit. Privacy notice: we "
    "never ask for a copy of your identity card or passport. Nous ne demandons jamais une copie de votre "
    "carte d'identité. Wir verlangen keine Kopie Ihres Personalausweises oder Reisepasses."
).split()


def _font(size: int, bold: bool = False):
    from PIL import ImageFont

    name = "NotoSans-Bold.ttf" if bold else "NotoSans-Regular.ttf"
    try:
        return ImageFont.truetype(str(FONTS / name), size)
    except OSError:
        return ImageFont.load_default()


def _jpeg(im, quality: int = 85) -> bytes:
    buf = io.BytesIO()
    im.convert("RGB").save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def _png(im) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def _faces() -> list:
    from PIL import Image

    out = []
    for p in sorted(FACES.glob("*")):
        if p.suffix.lower() in (".jpg", ".jpeg", ".png"):
            out.append(Image.open(p).convert("RGB"))
    return out


def _texture(rng: random.Random, size: tuple[int, int]):
    """Wood, fabric or stone: noise smoothed along one axis, tinted."""
    from PIL import Image, ImageFilter

    w, h = size
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    small = nrng.normal(0, 1, (max(2, h // 8), max(2, w // 64))).astype(np.float32)
    base = np.asarray(Image.fromarray(((small - small.min()) / (np.ptp(small) + 1e-6) * 255).astype(np.uint8))
                      .resize((w, h), Image.BICUBIC), np.float32) / 255
    tint = np.array([rng.randint(60, 200), rng.randint(50, 170), rng.randint(30, 140)], np.float32)
    rgb = (base[:, :, None] * 0.5 + 0.5) * tint
    rgb += nrng.normal(0, 6, rgb.shape)
    return Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1))


def _scene(rng: random.Random, size: tuple[int, int]):
    """An ordinary photo: sky, ground, some soft shapes."""
    from PIL import Image, ImageDraw, ImageFilter

    w, h = size
    im = Image.new("RGB", size)
    d = ImageDraw.Draw(im)
    horizon = rng.randint(h // 3, 2 * h // 3)
    top, bottom = [tuple(rng.randint(40, 230) for _ in range(3)) for _ in range(2)]
    for y in range(h):
        t = y / h
        c = tuple(int(top[i] * (1 - t) + bottom[i] * t) for i in range(3))
        if y > horizon:
            c = tuple(max(0, v - 60) for v in c)
        d.line([(0, y), (w, y)], fill=c)
    for _ in range(rng.randint(3, 12)):
        x, y = rng.randrange(w), rng.randrange(h)
        r = rng.randint(w // 30, w // 6)
        col = tuple(rng.randint(0, 255) for _ in range(3))
        if rng.random() < 0.5:
            d.ellipse([x - r, y - r, x + r, y + r], fill=col)
        else:
            d.rectangle([x - r, y - r // 2, x + r, y + r // 2], fill=col)
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(1, 4)))
    arr = np.asarray(im, np.float32) + np.random.default_rng(rng.randrange(1 << 30)).normal(0, 4, (h, w, 3))
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def _portrait(rng: random.Random, face, size: tuple[int, int]):
    """A portfolio shot: the face photo cropped to ``size``'s proportions, maybe in a wider scene."""
    from PIL import Image, ImageEnhance

    w, h = size
    fw, fh = face.size
    if rng.random() < 0.5:  # tight crop of the photo itself
        ratio = w / h
        cw = min(fw, int(fh * ratio))
        ch = int(cw / ratio)
        x0 = rng.randint(0, max(0, fw - cw))
        y0 = rng.randint(0, max(0, fh - ch))
        im = face.crop((x0, y0, x0 + cw, y0 + ch)).resize((w, h), Image.LANCZOS)
    else:  # the person smaller in a scene (a shot from a shoot)
        im = _scene(rng, size)
        s = rng.uniform(0.45, 0.9) * h / fh
        person = face.resize((max(1, int(fw * s)), max(1, int(fh * s))), Image.LANCZOS)
        im.paste(person, (rng.randint(0, max(0, w - person.size[0])), h - person.size[1]))
    im = ImageEnhance.Brightness(im).enhance(rng.uniform(0.8, 1.2))
    return ImageEnhance.Color(im).enhance(rng.uniform(0.6, 1.3))


def _print_on_table(rng: random.Random, face, size: tuple[int, int]):
    """A 10x15 print of a portrait (white border) photographed on a table: a bright card-shaped
    rectangle with a face, but no printed lines."""
    from PIL import Image

    w, h = size
    im = _texture(rng, size)
    pw = int(w * rng.uniform(0.45, 0.75))
    ph = int(pw / 1.5)
    card = Image.new("RGB", (pw, ph), (245, 245, 240))
    fw, fh = face.size
    inner = (pw - 2 * pw // 25, ph - 2 * pw // 25)
    ratio = inner[0] / inner[1]
    cw = min(fw, int(fh * ratio))
    ch = int(cw / ratio)
    card.paste(face.crop((0, 0, cw, ch)).resize(inner, Image.LANCZOS), (pw // 25, pw // 25))
    if rng.random() < 0.5:  # portrait orientation print
        card = card.rotate(90, expand=True)
    card = card.rotate(rng.uniform(-12, 12), expand=True, fillcolor=(0, 0, 0))
    mask = card.convert("L").point(lambda v: 255 if v > 0 else 0)
    im.paste(card, ((w - card.size[0]) // 2, (h - card.size[1]) // 2), mask)
    return im


def _text_block(d, rng: random.Random, words: list[str], box: tuple[int, int, int, int], size: int,
                colour=(30, 30, 30)) -> None:
    x0, y0, x1, y1 = box
    font = _font(size)
    y = y0
    i = rng.randrange(len(words))
    while y + size < y1:
        line = ""
        while True:
            word = words[i % len(words)]
            i += 1
            if d.textlength(line + " " + word, font=font) > x1 - x0:
                break
            line = (line + " " + word).strip()
        d.text((x0, y), line, fill=colour, font=font)
        y += int(size * 1.5)


def _screenshot(rng: random.Random, size: tuple[int, int], face=None, words: list[str] | None = None):
    """A screenshot of a mail client or web page: a bar, text, maybe a portrait on the page."""
    from PIL import Image, ImageDraw

    w, h = size
    im = Image.new("RGB", size, (255, 255, 255) if rng.random() < 0.7 else (245, 246, 248))
    d = ImageDraw.Draw(im)
    bar = h // 14
    d.rectangle([0, 0, w, bar], fill=tuple(rng.randint(20, 90) for _ in range(3)))
    d.text((w // 40, bar // 4), "Studio Zilverzand - Portfolio", fill=(255, 255, 255), font=_font(bar // 2, True))
    left = w // 20
    if face is not None:
        pw = w // 3
        ph = int(pw * face.size[1] / face.size[0])
        im.paste(face.resize((pw, ph)), (left, bar + h // 20))
        left += pw + w // 30
    _text_block(d, rng, words or LOREM, (left, bar + h // 20, w - w // 20, h - h // 20), max(12, w // 70))
    return im


def _letter_photo(rng: random.Random, size: tuple[int, int]):
    """A printed letter or receipt photographed on a table: a bright A4/receipt-shaped sheet
    covered with printed lines (the hard case for "printed lines on a card")."""
    from PIL import Image, ImageDraw

    w, h = size
    im = _texture(rng, size)
    ratio = rng.choice([1.414, 1.6, 2.2])
    ph = int(h * rng.uniform(0.6, 0.9))
    pw = int(ph / ratio)
    sheet = Image.new("RGB", (pw, ph), (238, 236, 230))
    d = ImageDraw.Draw(sheet)
    _text_block(d, rng, LOREM, (pw // 10, ph // 10, pw - pw // 10, ph - ph // 10), max(10, pw // 45))
    sheet = sheet.rotate(rng.uniform(-10, 10), expand=True, fillcolor=(0, 0, 0))
    mask = sheet.convert("L").point(lambda v: 255 if v > 0 else 0)
    im.paste(sheet, ((w - sheet.size[0]) // 2, (h - sheet.size[1]) // 2), mask)
    return im


def _logo(rng: random.Random) -> bytes:
    from PIL import Image, ImageDraw

    w, h = rng.choice([(300, 100), (240, 80), (400, 120), (180, 180)])
    im = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(im)
    d.ellipse([h // 8, h // 8, h - h // 8, h - h // 8], fill=tuple(rng.randint(0, 200) for _ in range(3)))
    d.text((h + 5, h // 3), rng.choice(["Garage Noël", "Kanzlei Braun", "Bakkerij Smit"]), fill=(20, 20, 20),
           font=_font(max(10, h // 5), True))
    return _png(im)


def _invoice_pdf(rng: random.Random) -> bytes:
    import pymupdf as fitz

    doc = fitz.open()
    page = doc.new_page(width=595, height=842)
    y = 60
    page.insert_text((50, y), "FACTUUR / INVOICE " + str(rng.randint(2024001, 2026999)), fontsize=18)
    y += 40
    for line in ("Fotografie Hazelaar", "Kouter 12, 9000 Gent", "BTW BE0712.345.678",
                 "IBAN BE71 0961 2345 6769", f"Datum: {rng.randint(1, 28)}-0{rng.randint(1, 9)}-2025"):
        page.insert_text((50, y), line, fontsize=11)
        y += 18
    y += 20
    total = 0
    for i in range(rng.randint(3, 9)):
        amount = rng.randint(40, 900)
        total += amount
        page.insert_text((50, y), f"{i + 1}. Fotoshoot / print {rng.randint(10, 99)}x{rng.randint(10, 99)} cm", fontsize=11)
        page.insert_text((450, y), f"EUR {amount},00", fontsize=11)
        y += 18
    page.insert_text((350, y + 20), f"Totaal: EUR {total},00", fontsize=13)
    if rng.random() < 0.5:  # a logo picture on the page
        page.insert_image(fitz.Rect(420, 40, 545, 100), stream=_logo(rng))
    data = doc.tobytes()
    doc.close()
    return bytes(data)


def _scanned_letter_pdf(rng: random.Random) -> bytes:
    """A letter scanned to PDF (an image page, no text layer)."""
    import pymupdf as fitz
    from PIL import Image, ImageDraw

    im = Image.new("RGB", (1240, 1754), (250, 250, 248))
    d = ImageDraw.Draw(im)
    _text_block(d, rng, LOREM, (120, 160, 1120, 1500), 26)
    doc = fitz.open()
    page = doc.new_page(width=595, height=842)
    page.insert_image(page.rect, stream=_jpeg(im, 70))
    data = doc.tobytes()
    doc.close()
    return bytes(data)


PHONE_SIZES = [(4032, 3024), (3024, 4032), (4000, 3000), (3000, 2000), (2000, 3000), (1600, 1200), (1200, 800),
               (1080, 1080), (2048, 1536)]
SCREEN_SIZES = [(1920, 1080), (1170, 2532), (1440, 900), (1080, 2400), (2560, 1600)]


def negatives(seed: int = 1, per_kind: int = 6) -> Iterator[tuple[str, str, str, bytes]]:
    """``(file name, kind, content type, bytes)`` for every negative of ``seed``."""
    rng = random.Random(seed)
    faces = _faces() if FACES.is_dir() else []
    n = 0

    def name(ext: str) -> str:
        nonlocal n
        n += 1
        return f"IMG_{seed:02d}{n:03d}.{ext}"

    for _ in range(per_kind if faces else 0):
        yield name("jpg"), "portfolio", "image/jpeg", _jpeg(_portrait(rng, rng.choice(faces), rng.choice(PHONE_SIZES)),
                                                             rng.randint(70, 92))
    for _ in range(per_kind if faces else 0):
        yield name("jpg"), "portrait_print", "image/jpeg", _jpeg(
            _print_on_table(rng, rng.choice(faces), rng.choice(PHONE_SIZES[:5])), rng.randint(70, 92))
    for _ in range(per_kind):
        yield name("jpg"), "photo", "image/jpeg", _jpeg(_scene(rng, rng.choice(PHONE_SIZES)), rng.randint(70, 92))
    for i in range(per_kind):
        face = rng.choice(faces) if faces and i % 2 == 0 else None
        words = PRIVACY if i % 3 == 1 else None
        yield name("png"), "screenshot", "image/png", _png(_screenshot(rng, rng.choice(SCREEN_SIZES), face, words))
    for _ in range(per_kind):
        yield name("jpg"), "letter_photo", "image/jpeg", _jpeg(_letter_photo(rng, rng.choice(PHONE_SIZES[:6])), 80)
    for _ in range(max(2, per_kind // 2)):
        yield name("png"), "logo", "image/png", _logo(rng)
    for _ in range(per_kind):
        yield name("pdf"), "invoice_pdf", "application/pdf", _invoice_pdf(rng)
    for _ in range(max(2, per_kind // 2)):
        yield name("pdf"), "letter_scan_pdf", "application/pdf", _scanned_letter_pdf(rng)
