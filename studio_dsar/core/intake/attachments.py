"""Does an attachment look like an identity document?

A hint, not a verdict: the owner confirms in the window, and anything flagged goes to
redaction and then to the encrypted vault. In order:

1. the file name (``ID-kaart.jpg``, ``paspoort.pdf``, ``rijbewijs``, ``eID`` ...); names that say
   screenshot / portfolio / logo / signature / invoice count against; a name that only says a
   scanner made it (``scan_0012.pdf``) lets the content, or the mail's words, decide;
2. the content, decoded in memory at a reduced size (never written anywhere): pictures of any
   kind Pillow reads (HEIC through pillow-heif, whatever type the mail declares) and PDFs (the
   embedded scan, else the rendered first page, and the PDF's own text; a PDF without any
   picture is a document made on a computer and is not rendered). Cheapest cue first, stopping
   as soon as the cues suffice: a PDF's text layer; a bright card- or page-shaped object and
   the printed lines in the picture (OpenCV, a few ms: a picture without printed lines, such as
   a portfolio shot, a portrait or a logo, stops here); on a card with printed lines, a face of
   ID-portrait size (the redaction's face detector on the small levelled card); a band that
   looks like a machine-readable zone, read alone; only then a fast OCR of the card or of the
   densest block of parallel text lines, turned level, for the words printed on identity
   documents in the languages a studio sees (titles such as PASPOORT, IDENTITEITSKAART, CARTE
   D'IDENTITÉ, PERSONALAUSWEIS, BELGIË BELGIQUE ...; labels such as Nationaliteit, Date of
   birth, Geburtsdatum ...), the other way up only when nothing legible was read; and a face
   beside a document title. All reading goes through :mod:`studio_dsar.core.redaction.ocr`;
3. the mail's words: when it says an ID is attached and no attachment was recognised, every
   unnamed picture or scan is flagged (safer to redact a photo than to keep an ID); a phone
   picture (HEIC) that cannot be decoded is flagged when the mail says an ID is attached.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any

from studio_dsar.core.intake.rxutil import compile_words

_POSITIVE_TOKENS = {
    "id", "eid", "ids", "idkaart", "idcard", "identiteitskaart", "identiteitsbewijs", "identiteit",
    "identity", "identiteitsdocument", "paspoort", "passport", "pasport", "rijbewijs", "licence",
    "license", "driving", "drivers", "legitimatie", "legitimatiebewijs", "verblijfsvergunning",
    "verblijfsdocument", "residence", "permit", "carte", "identite", "personalausweis", "ausweis",
    "scan", "scans", "gescand", "kopieid", "idkopie", "voorkant", "achterkant", "front", "back",
    "recto", "verso", "kids", "vreemdelingenkaart", "nationalid", "eidkaart",
    "cni", "reisepass", "passeport", "pasaporte", "passaporto", "idkarte", "identitatskarte", "rijbewijskaart",
}
# A token that only counts with a stronger one ("front/back" of what?).
_WEAK_TOKENS = {"voorkant", "achterkant", "front", "back", "recto", "verso", "scan", "scans", "gescand"}
_STRONG_SUBSTRINGS = ("identiteit", "identity", "paspoort", "passport", "rijbewijs", "legitimatie",
                      "idkaart", "idcard", "verblijfs", "ausweis", "reisepass", "passeport", "fuhrerschein",
                      "führerschein")
_NEGATIVE_TOKENS = {
    "screenshot", "schermafbeelding", "screen", "scherm", "schermopname", "portfolio", "website",
    "site", "logo", "signature", "handtekening", "banner", "instagram", "facebook", "invoice",
    "factuur", "offerte", "quote", "contract", "overeenkomst", "agenda", "map", "kaartje",
}
_CAMERA_NAME_RE = re.compile(r"^(?:img|image|dsc|dscn|pxl|photo|foto|picture|pic|scan|whatsapp|att|attachment|"
                             r"inline|unnamed|bestand|file|document|doc)[\w -]*$", re.IGNORECASE)
# (compiled as one "\b(?:...)": only where a word starts; "ausweis" is looked for inside words too)
_ID_TEXT_RE = compile_words(
    r"\bid\b|\bid-?kaart|\bidentiteit\w*|\bidentity\b|\bpaspoort\w*|\bpassport\b|\brijbewijs\b|"
    r"\bdriving licen[cs]e\b|\bdriver'?s licen[cs]e\b|\beid\b|\blegitimatie\w*|\bidentificatie\b|"
    r"\bidentification\b|\bverify (?:my|me)\b|\bverifi[eë]r\w*\b|"
    r"\bpasseport\b|\bidentit[eé]\b|\bpermis de conduire\b|\btitre de s[eé]jour\b|"
    r"\breisepass\w*|\bf[üu]hrerschein\w*|\bidentit[äa]tsnachweis\w*|\baufenthaltstitel\w*",
    re.IGNORECASE,
)
_ID_IN_WORD_RE = re.compile(r"ausweis", re.IGNORECASE)  # Personalausweis, Ausweiskopie


def _tokens(filename: str) -> list[str]:
    stem = filename.rsplit(".", 1)[0] if "." in filename else filename
    stem = re.sub(r"([a-z])([A-Z])", r"\1 \2", stem)  # kopieID -> kopie ID
    return [t for t in re.split(r"[^0-9A-Za-zÀ-ÿ]+", stem.lower()) if t]


def name_score(filename: str) -> int:
    """+1 when the name says ID, -1 when it says screenshot/logo, 0 when it says nothing."""
    toks = _tokens(filename)
    joined = "".join(toks)
    strong = any(t in _POSITIVE_TOKENS and t not in _WEAK_TOKENS for t in toks) or any(
        s in joined for s in _STRONG_SUBSTRINGS)
    if strong:
        return 1
    if any(t in _NEGATIVE_TOKENS for t in toks) or "screenshot" in joined or "schermafbeelding" in joined:
        return -1
    if any(t in _WEAK_TOKENS for t in toks):
        # "Scan_8820.pdf", "scan voorkant.jpg": a scan attached to a request is usually the ID
        return 1 if any(t in ("scan", "scans", "gescand") for t in toks) else 0
    return 0


MAX_ANALYSED_BYTES = 25 * 1024 * 1024  # pictures larger than this are not decoded for the ID check
MAX_LOOKED_AT = 12  # attachments of one mail whose content is looked at (the rest: name and the mail's words)


_heif_registered = False


def _register_heif() -> None:
    """Let Pillow open HEIC/HEIF (what an iPhone sends) through pillow-heif."""
    global _heif_registered
    if not _heif_registered:
        _heif_registered = True
        try:
            import pillow_heif

            pillow_heif.register_heif_opener()
        except ImportError:  # pragma: no cover - declared dependency
            pass


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) of an image held in memory, or None when it cannot be read."""
    if not data:
        return None
    try:
        import warnings

        from PIL import Image

        _register_heif()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # DecompressionBombWarning: we only read the header
            with Image.open(io.BytesIO(data)) as im:
                return im.size
    except Exception:  # noqa: BLE001 - not an image Pillow knows (HEIC without plugin, damaged)
        return None


MIN_PRINTED_LINES = 5  # an ID card's front or back has far more; a photo or logo none or one or two
ANALYSIS_SIDE = 1600  # pictures are decoded with at most this long side (pixels), whatever their size

# Words printed on identity documents (upper case, no accents), in the languages of the documents
# a studio in NL/BE sees. Titles name the document; labels name its fields. One title with one
# label, two labels, or a title on a card or beside a face make a document: a privacy notice that
# names "identity card" and "passport" has titles but no labels, and no card.
_DOC_TITLES = (
    "PASPOORT", "PASSPORT", "PASSEPORT", "REISEPASS", "IDENTITEITSKAART", "IDENTITY CARD", "IDENTITEITSBEWIJS",
    "CARTE D IDENTITE", "CARTE NATIONALE D IDENTITE", "PERSONALAUSWEIS", "IDENTITATSKARTE", "IDENTITEITSDOCUMENT",
    "RIJBEWIJS", "DRIVING LICENCE", "DRIVING LICENSE", "PERMIS DE CONDUIRE", "FUHRERSCHEIN", "VERBLIJFSDOCUMENT",
    "VERBLIJFSVERGUNNING", "RESIDENCE PERMIT", "TITRE DE SEJOUR", "AUFENTHALTSTITEL", "VREEMDELINGENKAART",
    "KONINKRIJK DER NEDERLANDEN", "KINGDOM OF THE NETHERLANDS", "BELGIE BELGIQUE", "BELGIQUE BELGIEN",
    "BELGIEN BELGIUM", "ROYAUME DE BELGIQUE", "KONINKRIJK BELGIE", "BUNDESREPUBLIK DEUTSCHLAND",
    "REPUBLIQUE FRANCAISE", "GRAND DUCHE DE LUXEMBOURG",
)
_DOC_LABELS = (
    "NATIONALITEIT", "NATIONALITY", "NATIONALITE", "STAATSANGEHORIGKEIT", "GEBOORTEDATUM", "DATE OF BIRTH",
    "DATE DE NAISSANCE", "GEBURTSDATUM", "GEBURTSTAG", "GEBOORTEPLAATS", "PLACE OF BIRTH", "LIEU DE NAISSANCE",
    "GEBURTSORT", "GESLACHT", "GESCHLECHT", "VOORNAMEN", "GIVEN NAMES", "PRENOMS", "VORNAMEN", "SURNAME",
    "GELDIG TOT", "GELDIG VANAF", "DATE OF EXPIRY", "VALABLE JUSQU", "GULTIG BIS", "DATE OF ISSUE",
    "DATUM VAN AFGIFTE", "DOCUMENTNUMMER", "DOCUMENT NO", "KAARTNUMMER", "CARD NO", "PERSOONSNUMMER",
    "PERSONAL NO", "RIJKSREGISTER", "NATIONAL REGISTER", "REGISTRE NATIONAL", "NATIONAL NUMBER",
    "HANDTEKENING HOUDER", "SIGNATURE OF HOLDER",
)


def _words_re(entries: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for ``entries``: the spaces between their words optional (a fast OCR often
    joins words). Long single words match inside a token too (OCR noise glued to
    "IDENTITEITSKAART"); short words and phrases only as whole words ("CARD NO" is not "CARD NOUS")."""
    alternatives = []
    for e in sorted(entries, key=len, reverse=True):
        body = r" ?".join(map(re.escape, e.split()))
        alternatives.append(body if " " not in e and len(e) >= 8 else r"(?<![A-Z])" + body + r"(?![A-Z])")
    return re.compile("|".join(alternatives))


_TITLES_RE = _words_re(_DOC_TITLES)
_LABELS_RE = _words_re(_DOC_LABELS)
_MRZ_LINE_RE = re.compile(r"[A-Z0-9]{2,}<<?[A-Z0-9<]{2,}<|<{4,}|[A-Z]{3}[A-Z0-9<]{10,}<{2,}")


@dataclass
class IdEvidence:
    """What the content check saw in one picture (no text read is kept: only which cues fired)."""

    decoded: bool = False
    card: bool = False  # a bright card- or page-shaped object
    card_lines: int = 0  # printed text lines on it
    lines: int = 0  # printed text lines in the block that was read (the card's or the picture's)
    faces: int = 0
    face_on_card: bool = False  # a face of ID-portrait size inside the card, beside printed lines
    titles: int = 0  # document titles read (PASPOORT, IDENTITEITSKAART ...)
    labels: int = 0  # field labels read (Nationaliteit, Date of birth ...)
    mrz: bool = False  # a machine-readable line read
    ocr: bool = False  # OCR ran
    text_layer: bool = False  # a PDF's own text was searched

    @property
    def is_id(self) -> bool:
        if self.mrz:
            return True
        if self.labels >= 2 and (self.titles >= 1 or self.labels >= 3):
            return True
        if self.titles >= 1 and self.labels >= 1:
            return True
        if self.titles >= 1 and (self.face_on_card or self.card_lines >= MIN_PRINTED_LINES):
            return True
        return self.face_on_card and self.card_lines >= MIN_PRINTED_LINES

    def __str__(self) -> str:
        on = [k for k in ("card", "face_on_card", "mrz", "ocr", "text_layer") if getattr(self, k)]
        return (f"id={self.is_id} lines={self.card_lines}/{self.lines} faces={self.faces} titles={self.titles} labels={self.labels} "
                + " ".join(on))


def _fold_upper(text: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).upper()


def read_words(text: str, ev: IdEvidence) -> None:
    """Count the document titles, labels and MRZ lines in ``text`` into ``ev``."""
    up = _fold_upper(text).replace("«", "<<").replace("‹", "<")
    if any(_MRZ_LINE_RE.search(line.replace(" ", "")) for line in up.split("\n")):
        ev.mrz = True
    words = re.sub(r"[^A-Z]+", " ", up)
    ev.titles = max(ev.titles, len({m.group(0).replace(" ", "") for m in _TITLES_RE.finditer(words)}))
    ev.labels = max(ev.labels, len({m.group(0).replace(" ", "") for m in _LABELS_RE.finditer(words)}))


def _decode(data: bytes, content_type: str, filename: str, ev: IdEvidence) -> Any:
    """The picture as a BGR array with its long side at most :data:`ANALYSIS_SIDE` (first
    page of a PDF, whose own text is searched too), or None."""
    import warnings

    import numpy as np

    if data[:5] == b"%PDF-" or content_type == "application/pdf" or filename.lower().endswith(".pdf"):
        return _decode_pdf(data, ev)
    from PIL import Image

    _register_heif()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # damaged files, decompression-bomb warnings
        with Image.open(io.BytesIO(data)) as im:
            w, h = im.size
            if w * h > (120_000_000 if im.format == "JPEG" else 40_000_000):
                return None  # JPEGs decode at a reduced scale; other formats whole, so less
            f = min(1.0, 0.85 * ANALYSIS_SIDE / max(w, h, 1))
            # JPEG: decoded at the smallest scale (1/2, 1/4, 1/8) that keeps about that size
            im.draft("RGB", (max(1, int(w * f)), max(1, int(h * f))))
            bgr = np.ascontiguousarray(np.asarray(im.convert("RGB"))[:, :, ::-1])
    import cv2

    f = ANALYSIS_SIDE / max(bgr.shape[:2])
    return cv2.resize(bgr, None, fx=f, fy=f, interpolation=cv2.INTER_AREA) if f < 1 else bgr


_DRAW_ONE_RE = re.compile(rb"^\s*q\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+-?[\d.]+\s+-?[\d.]+"
                          rb"\s+cm\s+/[^\s/]+\s+Do\s+Q\s*$")


def _drawn_area(contents: bytes) -> float | None:
    """The area a page's content covers with its one picture when the content is only that
    (``q a b c d e f cm /Im Do Q``, what scanners write), or None for any other content."""
    m = _DRAW_ONE_RE.match(contents[:400]) if len(contents) <= 400 else None
    if m is None:
        return None
    a, b, c, d = (float(v) for v in m.groups())
    return abs(a * d - b * c)


def _decode_pdf(data: bytes, ev: IdEvidence) -> Any:
    """The first page of a PDF: its embedded picture when the page is one scan or photo (read
    like any picture), else the page rendered. The PDF's own text is searched first."""
    import numpy as np

    from studio_dsar.core.redaction.loader import import_pymupdf

    pymupdf = import_pymupdf()
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        if doc.page_count < 1:
            return None
        text = "".join(doc[i].get_text() for i in range(min(2, doc.page_count)))
        if text.strip():
            ev.text_layer = True
            read_words(text, ev)
        if ev.is_id:
            return None  # its own text says enough: no need to look at the page
        page = doc[0]
        images = page.get_images(full=True)
        if not images:
            return None  # a document made on a computer (a letter, an invoice), not a scan or a photo
        if len(images) == 1:
            try:
                xref = images[0][0]
                area = _drawn_area(page.read_contents())
                if area is None:  # not the plain "draw this one picture" of a scanner: ask the library (slower)
                    rects = page.get_image_rects(xref)
                    area = rects[0].width * rects[0].height if rects else 0.0
                covers = area >= 0.5 * page.rect.width * page.rect.height
                if covers and abs(page.rotation) % 360 == 0:
                    if doc.xref_get_key(xref, "Filter") == ("name", "/DCTDecode"):
                        # a JPEG as it is stored: decoded at a reduced scale, like any photo
                        return _decode(doc.xref_stream_raw(xref), "image/jpeg", "", ev)
                    picture = doc.extract_image(xref)
                    if picture and picture.get("image"):
                        return _decode(picture["image"], "image/" + str(picture.get("ext", "")), "", ev)
            except Exception:  # noqa: BLE001 - an odd image: render the page instead
                pass
        zoom = ANALYSIS_SIDE / max(page.rect.width, page.rect.height, 1)
        pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), colorspace=pymupdf.csRGB, alpha=False)
        arr = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width, 3)
        return np.ascontiguousarray(arr[:, :, ::-1])


def _find_card(grey: Any) -> Any:
    """The largest bright card- or page-shaped object (an OpenCV rotated rectangle), or None."""
    import cv2
    import numpy as np

    h, w = grey.shape
    edges = cv2.dilate(cv2.Canny(cv2.GaussianBlur(grey, (5, 5), 0), 30, 90), np.ones((3, 3), np.uint8))
    contours, _ = cv2.findContours(edges, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    for c in sorted(contours, key=cv2.contourArea, reverse=True)[:5]:
        area = cv2.contourArea(c)
        if not 0.02 * h * w <= area <= 0.97 * h * w:
            continue
        rect = cv2.minAreaRect(c)
        rw, rh = rect[1]
        if min(rw, rh) < 20:
            continue
        if 1.3 <= max(rw, rh) / min(rw, rh) <= 1.85 and area / (rw * rh) >= 0.8:
            return rect
    return None


def _rotate(img: Any, angle: float, centre: tuple[float, float] | None = None) -> Any:
    """``img`` turned by ``angle`` degrees (counter-clockwise) about ``centre``, canvas grown to fit."""
    import cv2
    import numpy as np

    h, w = img.shape[:2]
    cx, cy = centre if centre is not None else (w / 2, h / 2)
    m = cv2.getRotationMatrix2D((cx, cy), angle, 1.0)
    c, s = abs(m[0, 0]), abs(m[0, 1])
    nw, nh = int(h * s + w * c), int(h * c + w * s)
    m[0, 2] += nw / 2 - w / 2
    m[1, 2] += nh / 2 - h / 2
    return np.ascontiguousarray(cv2.warpAffine(img, m, (nw, nh), flags=cv2.INTER_LINEAR, borderValue=255))


Line = tuple[float, float, float, float, float]  # centre x, centre y, length, height, angle (degrees)


def _line_blobs(grey: Any) -> list[Line]:
    """Printed text lines in ``grey``: dark strokes merged along rows, each measured by its
    rotated rectangle (a line tilted by some degrees is still a line)."""
    import math

    import cv2

    import numpy as np

    h, _w = grey.shape
    # closing = the paper around the print; blackhat = how much darker the print is
    around = cv2.morphologyEx(grey, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (13, 7)))
    blackhat = cv2.subtract(around, grey)
    if blackhat.max() < 40:
        return []  # nothing printed darker than its surroundings
    # documents are light; wood and cloth are not (the brightest paper, from every fourth pixel)
    paper = max(110.0, 0.6 * float(np.percentile(around[::4, ::4], 99)))
    _t, binary = cv2.threshold(blackhat, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    closed = cv2.morphologyEx(binary, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (9, 1)))
    blobs, _ = cv2.findContours(closed, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    out = []
    for b in blobs:
        if len(b) < 5:
            continue
        rect = cv2.minAreaRect(b)
        (cx, cy), (rw, rh), _a = rect
        long_, short = max(rw, rh), min(rw, rh)
        if not (2.5 <= short <= max(6, h // 12) and long_ >= 4 * short):
            continue
        if cv2.contourArea(b) < 0.45 * rw * rh:
            continue  # a curve or a frame, not a row of letters
        if around[min(h - 1, int(cy)), min(grey.shape[1] - 1, int(cx))] < paper:
            continue  # dark stripes on a dark ground: wood grain, fabric, hair
        p = cv2.boxPoints(rect)
        e1, e2 = p[1] - p[0], p[2] - p[1]
        e = e1 if abs(e1[0]) + abs(e1[1]) >= abs(e2[0]) + abs(e2[1]) else e2
        angle = math.degrees(math.atan2(float(e[1]), float(e[0])))
        angle = (angle + 90) % 180 - 90
        out.append((float(cx), float(cy), float(long_), float(short), angle))
    return out


def _text_region(grey: Any) -> tuple[float, list[Line], tuple[float, float, float, float]] | None:
    """The turn (0/90/45/135 degrees) under which the largest block of parallel text lines is
    found: (turn, its lines, its box), in the turned picture's coordinates."""
    best = None
    best_score = 0.0
    seen = 0
    for angle in (0.0, 90.0, 45.0, 135.0):
        if angle == 45.0 and not seen:
            break  # not one line of print level or upright: a photo, not a document at a slant
        view = grey if angle == 0 else _rotate(grey, angle)
        blobs = _line_blobs(view)
        seen += len(blobs)
        found = _densest(blobs)
        if found is None:
            continue
        score = sum(b[2] for b in found[0]) if len(found[0]) >= 3 else 0.0
        if score > best_score * 1.15:
            best, best_score = (angle, found[0], found[1]), score
        if angle == 90.0 and best is not None and len(best[1]) >= 8:
            break  # plenty of lines at a right angle: no need to look diagonally
    return best


def _densest(blobs: list[Line]) -> tuple[list[Line], tuple[float, float, float, float]] | None:
    """The largest group of nearby, equally slanted text lines (a document among other
    things), and its bounding box (x, y, w, h)."""
    if not blobs:
        return None
    import numpy as np

    gap = 5 * float(np.median([b[3] for b in blobs]))
    groups: list[tuple[list[float], list[Line]]] = []
    for b in sorted(blobs, key=lambda b: -b[2]):
        cx, cy, ln, _ht, a = b
        x0, y0, x1, y1 = cx - ln / 2, cy - ln / 2, cx + ln / 2, cy + ln / 2
        for g, members in groups:
            if abs((a - members[0][4] + 90) % 180 - 90) > 6:
                continue  # the lines of one document run parallel
            if g[0] - gap <= x1 and x0 <= g[2] + gap and g[1] - gap <= y1 and y0 <= g[3] + gap:
                g[0], g[1], g[2], g[3] = min(g[0], x0), min(g[1], y0), max(g[2], x1), max(g[3], y1)
                members.append(b)
                break
        else:
            groups.append(([x0, y0, x1, y1], [b]))
    g, members = max(groups, key=lambda gm: sum(b[2] for b in gm[1]))
    return members, (g[0], g[1], g[2] - g[0], g[3] - g[1])


OCR_TEXT_HEIGHT = 22  # pixels: a text line is read at about this height (Tesseract's comfort zone)
OCR_MAX_SIDE = 1600  # and the region read is never larger than this


CARD_SIDE = 800  # a card's lines are looked for with the card at this width (its print then 8-20 px high)
PICTURE_SIDES = (1000, 1600, 600)  # without a card: the picture at these long sides, until lines are found


def _ocr_views(grey: Any, card: Any, scale: float) -> tuple[list[Any], int, float]:
    """The pictures to read: the card or the densest block of text lines, turned so the lines
    run level (both ways up), scaled so they are about :data:`OCR_TEXT_HEIGHT` high. ``card``
    is in the coordinates of ``grey`` scaled by ``scale``. Also returns the number of lines seen
    and the scale from ``grey`` to the views."""
    import cv2
    import numpy as np

    if card is not None:
        (cx, cy), (rw, rh), angle = card
        if rw < rh:
            rw, rh, angle = rh, rw, angle + 90
        cx, cy, rw, rh = cx / scale, cy / scale, rw / scale, rh / scale
        m = cv2.getRotationMatrix2D((cx, cy), angle, 1.0)
        m[0, 2] += rw / 2 - cx
        m[1, 2] += rh / 2 - cy
        region = cv2.warpAffine(grey, m, (max(1, int(rw)), max(1, int(rh))), flags=cv2.INTER_LINEAR, borderValue=255)
        f_small = CARD_SIDE / max(region.shape)
        small = cv2.resize(region, None, fx=f_small, fy=f_small,
                           interpolation=cv2.INTER_AREA if f_small < 1 else cv2.INTER_LINEAR)
        blobs = _line_blobs(small)
        if len(blobs) < 8:  # a passport booklet stands upright: its lines run across the short side
            turned = cv2.rotate(small, cv2.ROTATE_90_CLOCKWISE)
            other = _line_blobs(turned)
            if len(other) > 1.2 * len(blobs):
                region, small, blobs = cv2.rotate(region, cv2.ROTATE_90_CLOCKWISE), turned, other
        found = _densest(blobs)
        blobs = found[0] if found is not None else []
        if len(blobs) < 3:
            return [], len(blobs), 1.0
        skew = float(np.median([b[4] for b in blobs]))
        region = _rotate(region, skew) if abs(skew) > 1.5 else region
    else:
        region_found = None
        tried: list[float] = []
        for side in PICTURE_SIDES:
            f = min(1.0, side / max(grey.shape))
            if any(abs(f - t) <= 0.2 * t for t in tried):
                continue  # about the size already looked at: nothing new to see
            tried.append(f)
            small = cv2.resize(grey, None, fx=f, fy=f, interpolation=cv2.INTER_AREA) if f < 1 else grey
            candidate = _text_region(small)
            if candidate is not None and (region_found is None or len(candidate[1]) > len(region_found[1])):
                region_found, f_small = candidate, f
            if region_found is not None and len(region_found[1]) >= MIN_PRINTED_LINES:
                break
        if region_found is None or len(region_found[1]) < 3:
            return [], (0 if region_found is None else len(region_found[1])), 1.0
        turn, blobs, (x, y, w, h) = region_found
        skew = float(np.median([b[4] for b in blobs]))
        # cut the block (with a margin) out of the turned picture, then level it
        turned = _rotate(grey, turn) if turn else grey
        x, y, w, h = (v / f_small for v in (x, y, w, h))
        pad = 0.12 * max(w, h)
        x0, y0 = int(max(0, x - pad)), int(max(0, y - pad))
        region = turned[y0: int(y + h + pad), x0: int(x + w + pad)]
        if region.size == 0:
            return [], len(blobs), 1.0
        region = _rotate(region, skew) if abs(skew) > 1.5 else region
    line_h = float(np.median([b[3] for b in blobs])) / f_small
    f = min(OCR_TEXT_HEIGHT / max(line_h, 1.0), OCR_MAX_SIDE / max(region.shape))
    view = cv2.resize(region, None, fx=f, fy=f, interpolation=cv2.INTER_AREA if f < 1 else cv2.INTER_CUBIC)
    return [view, cv2.rotate(view, cv2.ROTATE_180)], len(blobs), f


def _rows(words: list[Any]) -> list[list[Any]]:
    """OCR words gathered into printed rows (top to bottom, each left to right): a sparse-text
    read puts every word in a block of its own."""
    rows: list[tuple[float, float, list[Any]]] = []
    for w in sorted(words, key=lambda w: w.y + w.h / 2):
        cy = w.y + w.h / 2
        if rows and abs(cy - rows[-1][0]) <= 0.5 * max(w.h, rows[-1][1]):
            rows[-1][2].append(w)
        else:
            rows.append((cy, float(w.h), [w]))
    return [sorted(r[2], key=lambda w: w.x) for r in rows]


READ_SCALE = 0.7  # a levelled view is read with its text about 15 px high: as legible to the fast model, cheaper


def _read(view: Any, ev: IdEvidence, psm: int = 11, scale: float = READ_SCALE) -> str | None:
    """Read ``view`` (grey) at ``scale`` with a fast sparse-text OCR (the redaction's OCR module)
    and count the document words in it into ``ev``. The text read, or None when no OCR is available."""
    import cv2
    import numpy as np

    from studio_dsar.core.redaction import ocr

    if scale < 1:
        view = cv2.resize(view, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)

    try:
        words = ocr.run_quick(np.ascontiguousarray(view, dtype=np.uint8), psm=psm)
    except ocr.OcrUnavailable:
        return None
    ev.ocr = True
    text = "\n".join(" ".join(w.text for w in row) for row in _rows(words))
    read_words(text, ev)
    return text


def _prose(text: str) -> bool:
    """Mostly small letters: ordinary text read the right way up (an MRZ is all capitals)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 20 and sum(c.islower() for c in letters) >= 0.5 * len(letters)


MRZ_BAND_SCALE = 0.5  # the MRZ band is looked for at half the reading scale
MRZ_READ_HEIGHT = 18  # pixels: and read with its letters about this high


def _mrz_bands(view: Any) -> list[tuple[Any, Any]]:
    """Crops of ``view`` (levelled, text about :data:`OCR_TEXT_HEIGHT` high) that look like a
    machine-readable zone: two or three long rows of print of the same length right below each
    other, across most of the document (an MRZ has no spaces: its fillers are printed). The
    likeliest first, each as (crop, crop turned over) in the order its place suggests (an MRZ
    is at the bottom of a document)."""
    import cv2
    import numpy as np

    f = MRZ_BAND_SCALE
    small = cv2.resize(view, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
    sh, sw = small.shape
    around = cv2.morphologyEx(small, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (15, 9)))
    blackhat = cv2.subtract(around, small)
    if blackhat.max() < 40:
        return []
    _t, binary = cv2.threshold(blackhat, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    # wide enough to join the spaced letters of an MRZ (and the words of a line), not two lines
    rows = cv2.morphologyEx(binary, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (17, 1)))
    contours, _ = cv2.findContours(rows, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    lines = []
    for c in contours:
        x, y, w, h = cv2.boundingRect(c)
        if w >= 0.45 * sw and 4 <= h <= max(8, sh // 6) and w >= 12 * h:
            lines.append((x, y, w, h))
    lines.sort(key=lambda r: r[1])
    groups = []
    for i, first in enumerate(lines):
        group = [first]
        for r in lines[i + 1:]:
            last = group[-1]
            dy = r[1] - last[1]
            if dy > 3 * max(r[3], last[3]):
                break
            if dy >= 0.9 * min(r[3], last[3]) and abs(r[2] - first[2]) <= 0.12 * first[2] \
                    and abs(r[0] - first[0]) <= 0.08 * first[2]:
                group.append(r)
                if len(group) == 3:
                    break
        if len(group) >= 2:
            groups.append(group)
    crops = []
    for group in sorted(groups, key=lambda g: -sum(r[2] for r in g))[:2]:
        row_h = float(np.median([r[3] for r in group]))
        x0 = min(r[0] for r in group) - row_h
        x1 = max(r[0] + r[2] for r in group) + row_h
        y0 = min(r[1] for r in group) - row_h
        y1 = max(r[1] + r[3] for r in group) + row_h
        crop = view[max(0, int(y0 / f)): int(y1 / f) + 1, max(0, int(x0 / f)): int(x1 / f) + 1]
        if crop.size == 0:
            continue
        g = min(1.0, MRZ_READ_HEIGHT * f / max(row_h, 1.0))  # its letters about that high
        if g < 1:
            crop = cv2.resize(crop, None, fx=g, fy=g, interpolation=cv2.INTER_AREA)
        turned = cv2.rotate(crop, cv2.ROTATE_180)
        crops.append((crop, turned) if (y0 + y1) / 2 >= sh / 2 else (turned, crop))
    return crops


CARD_FACE_SIDE = 320  # faces are looked for on a levelled card this long (an ID portrait: a third of its height)
VIEW_FACE_SIDE = 400  # and at a block of print turned level (the card in it is smaller than the view)


def _faces_in_view(view: Any, smallest: float) -> tuple[int, bool]:
    """(faces found, one of ID-portrait size) in a levelled view (grey), upright or upside down:
    a portrait from ``smallest`` to 0.6 of the view's short side."""
    import cv2

    from studio_dsar.core.redaction import faces as face_mod

    bgr = cv2.cvtColor(view, cv2.COLOR_GRAY2BGR)
    long_side = CARD_FACE_SIDE if smallest >= 0.12 else VIEW_FACE_SIDE
    found = face_mod.detect_faces(bgr, min_conf=0.6, long_side=long_side, rotations=(0, 2))
    short = min(view.shape[:2])
    return len(found), any(smallest * short <= f.size <= 0.6 * short for f in found)


def id_evidence(data: bytes, content_type: str = "", filename: str = "") -> IdEvidence:
    """Look at one picture or PDF for the cues of an identity document.

    Cheapest first, stopping as soon as the cues suffice: a PDF's own text; a bright
    card-shaped object and the printed lines in the picture (OpenCV, a few ms; a picture
    without printed lines, such as a portfolio shot or a portrait, stops here); on a card
    with printed lines, a face of ID-portrait size (the redaction's face detector on the
    levelled card, small); a band that looks like a machine-readable zone, read alone (a small
    crop); only then a fast OCR of the card, or of the densest block of text lines turned
    level, for document words (the other way up only when the first read found none); and a
    face beside a document title.
    """
    ev = IdEvidence()
    try:
        img = _decode(data, content_type.lower(), filename, ev)
    except Exception:  # noqa: BLE001 - a damaged or unknown picture is simply not recognised
        return ev
    if img is None or min(img.shape[:2]) < 40:
        return ev  # not a picture (or a PDF whose own text said enough)
    ev.decoded = True
    import cv2

    grey = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)
    scale = min(1.0, 1000 / max(grey.shape))
    small = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else grey
    card = _find_card(small)
    ev.card = card is not None
    views, ev.lines, zoom = _ocr_views(grey, card, scale)
    ev.card_lines = ev.lines if card is not None else 0
    if card is not None and ev.lines < 3:  # the card is a photo print, or the outline was not the card
        card = None
        views, ev.lines, zoom = _ocr_views(grey, None, 1.0)
    if ev.lines < 3:
        return ev  # no printing to speak of: a photo, a portrait, a logo
    try:
        faced = False
        if card is not None and ev.card_lines >= MIN_PRINTED_LINES:
            ev.faces, ev.face_on_card = _faces_in_view(views[0], 0.12)
            faced = True
            if ev.is_id:
                return ev
        for pair in _mrz_bands(views[0]):
            for crop in pair:
                text = _read(crop, ev, psm=6, scale=1.0)
                if text is None or ev.is_id:
                    return ev
                if _prose(text):
                    break  # ordinary lines read the right way up: no MRZ here
        # print that had to be enlarged is read as large as that; larger print a little smaller
        read_scale = READ_SCALE if zoom < 1 else 1.0
        text = _read(views[0], ev, scale=read_scale)
        if text is None or ev.is_id:
            return ev
        if not (ev.titles or ev.labels or _prose(text)):  # nothing legible this way up: the other way
            _read(views[1], ev, scale=read_scale)
        if ev.is_id or faced or (card is None and not ev.titles):
            return ev
        # Not conclusive: a face of ID-portrait size on the card, or beside the document's title
        ev.faces, ev.face_on_card = _faces_in_view(views[0], 0.12 if card is not None else 0.08)
    except Exception:  # noqa: BLE001 - no detector, an odd picture: the cues found so far decide
        return ev
    return ev


def shows_id_document(data: bytes, content_type: str = "", filename: str = "") -> bool:
    """The picture or PDF looks like an identity document (see :func:`id_evidence`)."""
    return id_evidence(data, content_type, filename).is_id


def is_decoration(filename: str, content_type: str, data: bytes = b"") -> bool:
    """An inline signature logo or icon: a tiny image, or one named logo/signature/icon."""
    if not (content_type.startswith("image/") or filename.lower().endswith((".png", ".gif", ".jpg", ".jpeg"))):
        return False
    if re.search(r"logo|signature|handtekening|icon|banner|spacer", filename, re.IGNORECASE):
        return True
    size = image_size(data)
    return size is not None and min(size) < 100


def _card_shaped(size: tuple[int, int]) -> bool:
    """Width to height of an ID card or a passport's data page (ID-1: 1.59; ID-3: 1.42), either way up."""
    w, h = size
    ratio = max(w, h) / max(1, min(w, h))
    return 1.38 <= ratio <= 1.75


def _is_heic(filename: str, content_type: str) -> bool:
    return filename.lower().endswith((".heic", ".heif")) or content_type in ("image/heic", "image/heif",
                                                                            "image/heic-sequence")


UNREADABLE = "unreadable"  # a verdict: a phone picture (HEIC) that cannot be decoded here


def _scan_named(filename: str) -> bool:
    """The name says only that a scanner made the file ("scan_0012.pdf"), not what it shows."""
    toks = _tokens(filename)
    return any(t in ("scan", "scans", "gescand") for t in toks) and not any(
        t in _POSITIVE_TOKENS and t not in _WEAK_TOKENS for t in toks) and not any(
        s in "".join(toks) for s in _STRONG_SUBSTRINGS)


@dataclass
class _Look:
    """A verdict that the content decides: True when :func:`id_evidence` sees an ID, else ``otherwise``."""

    data: bytes
    content_type: str
    filename: str
    otherwise: bool | None

    def verdict(self, seen: dict[tuple[bytes, str, bool], bool] | None = None) -> bool | None:
        """``seen``: what the content showed of the attachments already looked at in the same mail,
        by content (the same file attached twice, "facture.pdf" and "facture(1).pdf", is looked
        at once; the name matters to the look only in saying PDF)."""
        key = (self.data, self.content_type, self.filename.lower().endswith(".pdf"))
        if seen is not None and key in seen:
            is_id = seen[key]
        else:
            is_id = id_evidence(self.data, self.content_type, self.filename).is_id
            if seen is not None:
                seen[key] = is_id
        return True if is_id else self.otherwise


def _verdict(filename: str, content_type: str, data: bytes, is_message: bool,
             mentions_id: bool = False, look: bool = True) -> bool | str | None:
    """True: an identity document; False: not one; None: a picture or scan the content check
    did not recognise (the mail's words may still say it is the ID); :data:`UNREADABLE`: a
    phone picture that cannot be decoded here (an ID when the mail says one is attached).
    ``mentions_id``: the mail says an ID is attached; ``look``: the content may be looked at."""
    v = _verdict_unseen(filename, content_type, data, is_message, mentions_id, look)
    return v.verdict() if isinstance(v, _Look) else v


def _verdict_unseen(filename: str, content_type: str, data: bytes, is_message: bool,
                    mentions_id: bool, look: bool) -> bool | str | _Look | None:
    """:func:`_verdict` before the content is looked at: a :class:`_Look` where the content decides."""
    if is_message or content_type.startswith("message/"):
        return False
    score = name_score(filename)
    scan_named = score > 0 and _scan_named(filename)
    if score and not (scan_named and not mentions_id):
        return score > 0  # (a "scan" the mail calls the ID needs no further look)
    ctype = content_type.lower()
    heic = _is_heic(filename, ctype) or data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftyphevc")
    is_image = heic or ctype.startswith("image/") or filename.lower().endswith(
        (".jpg", ".jpeg", ".png", ".gif", ".bmp", ".tif", ".tiff", ".webp"))
    is_pdf = ctype == "application/pdf" or filename.lower().endswith(".pdf") or data[:5] == b"%PDF-"
    if not (is_image or is_pdf):
        return False
    if is_image:
        size = image_size(data)
        if size is None:
            return UNREADABLE if heic else None
        if min(size) < 150 and not (mentions_id and _card_shaped(size) and not is_decoration(filename, ctype)
                                    and min(size) >= 40):
            return False  # a signature logo, an icon (a small card-shaped picture in a mail that says an ID
            # is attached may be the ID pasted small: it is left to the mail's words)
    # "offerte.pdf", "contract_2024.pdf": named for what it is
    otherwise = False if is_pdf and not scan_named and not _CAMERA_NAME_RE.match(filename.rsplit(".", 1)[0]) else None
    if look and len(data) <= MAX_ANALYSED_BYTES:
        return _Look(data, ctype, filename, otherwise)
    return otherwise


def flag_id_documents(items: list[tuple[str, str, bytes, bool]], *, text_mentions_id: bool = False) -> list[bool]:
    """The ID flag of each attachment of one mail, ``items`` being (file name, content type,
    bytes, is a forwarded message). From its name or its content; when the mail says an ID is
    attached and no attachment was recognised as one, every picture or scan that is not plainly
    something else is flagged (safer to redact a holiday photo than to keep an ID), and a phone
    picture that cannot be decoded is flagged whenever the mail says so."""
    unseen = [_verdict_unseen(name, ctype, data, msg, text_mentions_id, look=i < MAX_LOOKED_AT)
              for i, (name, ctype, data, msg) in enumerate(items)]
    looks = [v for v in unseen if isinstance(v, _Look)]
    if text_mentions_id and len(looks) == 1 and looks[0].otherwise is None \
            and not any(v is True or v is None for v in unseen):
        # The mail says an ID is attached and this picture is the only one that may be it: it is
        # flagged whatever its content shows, and the flags of the others do not depend on it,
        # so its content is not looked at (the costliest step of the intake).
        verdicts = [None if isinstance(v, _Look) else v for v in unseen]
    else:
        seen: dict[tuple[bytes, str, bool], bool] = {}
        verdicts = [v.verdict(seen) if isinstance(v, _Look) else v for v in unseen]
    if text_mentions_id and not any(v is True for v in verdicts):
        return [v is not False for v in verdicts]
    return [v is True or (v == UNREADABLE and text_mentions_id) for v in verdicts]


def looks_like_id(filename: str, content_type: str, data: bytes = b"", *, text_mentions_id: bool = False,
                  is_message: bool = False) -> bool:
    """The ID flag of a single attachment (see :func:`flag_id_documents`)."""
    return flag_id_documents([(filename, content_type, data, is_message)], text_mentions_id=text_mentions_id)[0]


def text_mentions_id(text: str) -> bool:
    return bool(_ID_TEXT_RE.search(text or "") or _ID_IN_WORD_RE.search(text or ""))
