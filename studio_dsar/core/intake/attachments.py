"""Does an attachment look like an identity document?

A hint, not a verdict: the owner confirms in the window, and anything flagged goes to
redaction and then to the encrypted vault. We look at three things, in order:

1. the file name (``ID-kaart.jpg``, ``paspoort.pdf``, ``scan_id.png``, ``rijbewijs``, ``eID`` ...);
   names that say screenshot / portfolio / logo / signature count against;
2. the type: ``.heic``/``.heif`` photos are what a phone produces when someone photographs
   their card, so they count as ID when attached to a request;
3. the picture itself, decoded in memory (never written anywhere) and read cheaply with
   OpenCV: an identity document is a card or passport page covered with short printed lines
   (name, dates, document number, the machine-readable zone). A card-shaped object is looked
   for (ID-1 85.6 x 54 mm = 1.59, passport page 1.42) and the printed lines in it are counted;
   two long lines of even height (an MRZ) are enough on their own. An ordinary photo, however
   it is cropped, has no such lines, so its proportions no longer count. When the mail text
   says an ID is attached, any unnamed picture or PDF that is not a screenshot or logo counts
   as well.
"""

from __future__ import annotations

import io
import re

_POSITIVE_TOKENS = {
    "id", "eid", "ids", "idkaart", "idcard", "identiteitskaart", "identiteitsbewijs", "identiteit",
    "identity", "identiteitsdocument", "paspoort", "passport", "pasport", "rijbewijs", "licence",
    "license", "driving", "drivers", "legitimatie", "legitimatiebewijs", "verblijfsvergunning",
    "verblijfsdocument", "residence", "permit", "carte", "identite", "personalausweis", "ausweis",
    "scan", "scans", "gescand", "kopieid", "idkopie", "voorkant", "achterkant", "front", "back",
    "recto", "verso", "kids", "vreemdelingenkaart", "nationalid", "eidkaart",
}
# A token that only counts with a stronger one ("front/back" of what?).
_WEAK_TOKENS = {"voorkant", "achterkant", "front", "back", "recto", "verso", "scan", "scans", "gescand"}
_STRONG_SUBSTRINGS = ("identiteit", "identity", "paspoort", "passport", "rijbewijs", "legitimatie",
                      "idkaart", "idcard", "verblijfs", "ausweis")
_NEGATIVE_TOKENS = {
    "screenshot", "schermafbeelding", "screen", "scherm", "schermopname", "portfolio", "website",
    "site", "logo", "signature", "handtekening", "banner", "instagram", "facebook", "invoice",
    "factuur", "offerte", "quote", "contract", "overeenkomst", "agenda", "map", "kaartje",
}
_CAMERA_NAME_RE = re.compile(r"^(?:img|image|dsc|dscn|pxl|photo|foto|picture|pic|scan|whatsapp|att|attachment|"
                             r"inline|unnamed|bestand|file|document|doc)[\w -]*$", re.IGNORECASE)
_ID_TEXT_RE = re.compile(
    r"\bid\b|\bid-?kaart|\bidentiteit\w*|\bidentity\b|\bpaspoort\w*|\bpassport\b|\brijbewijs\b|"
    r"\bdriving licen[cs]e\b|\bdriver'?s licen[cs]e\b|\beid\b|\blegitimatie\w*|\bidentificatie\b|"
    r"\bidentification\b|\bverify (?:my|me)\b|\bverifi[eë]r\w*\b",
    re.IGNORECASE,
)


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


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) of an image held in memory, or None when it cannot be read."""
    if not data:
        return None
    try:
        import warnings

        from PIL import Image

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # DecompressionBombWarning: we only read the header
            with Image.open(io.BytesIO(data)) as im:
                return im.size
    except Exception:  # noqa: BLE001 - not an image Pillow knows (HEIC without plugin, damaged)
        return None


MIN_PRINTED_LINES = 5  # an ID card's front or back has far more; a photo or logo none or one or two


def printed_lines(data: bytes) -> tuple[bool, int, int]:
    """(a card-shaped object was found, printed text lines on it, lines as long as the card)."""
    try:
        import cv2
        import numpy as np
    except ImportError:  # pragma: no cover - declared dependencies
        return False, 0, 0
    try:  # Pillow decodes quietly (libjpeg under OpenCV prints warnings on damaged files)
        import warnings

        from PIL import Image

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(data)) as im:
                im.draft("L", (1600, 1600))  # JPEG: decode at a reduced scale, much faster
                full = np.asarray(im.convert("L"))
    except Exception:  # noqa: BLE001 - not a picture Pillow can read
        return False, 0, 0
    if full.ndim != 2 or min(full.shape) < 40:
        return False, 0, 0
    big_h, big_w = full.shape
    scale = min(1.0, 800 / max(big_h, big_w))
    img = cv2.resize(full, (int(big_w * scale), int(big_h * scale)), interpolation=cv2.INTER_AREA) \
        if scale < 1 else full
    h, w = img.shape
    edges = cv2.dilate(cv2.Canny(cv2.GaussianBlur(img, (5, 5), 0), 30, 90), np.ones((3, 3), np.uint8))
    contours, _ = cv2.findContours(edges, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    card = None
    for c in sorted(contours, key=cv2.contourArea, reverse=True)[:5]:
        area = cv2.contourArea(c)
        if not 0.03 * h * w <= area <= 0.97 * h * w:
            continue
        (_cx, _cy), (rw, rh), _angle = cv2.minAreaRect(c)
        if min(rw, rh) < 20:
            continue
        if 1.3 <= max(rw, rh) / min(rw, rh) <= 1.85 and area / (rw * rh) >= 0.8:
            card = cv2.boundingRect(c)
            break
    regions = [(0, 0, w, h)] if card is None else [card, (0, 0, w, h)]
    best_lines = best_long = 0
    for x0, y0, cw, ch in regions:
        fx, fy, fw, fh = (int(v / scale) for v in (x0, y0, cw, ch))
        roi = full[fy: fy + fh, fx: fx + fw]
        f = 700 / max(roi.shape[1], 1)
        roi = cv2.resize(roi, (max(1, int(roi.shape[1] * f)), max(1, int(roi.shape[0] * f))),
                         interpolation=cv2.INTER_AREA if f < 1 else cv2.INTER_LINEAR)
        rh, rw = roi.shape
        blackhat = cv2.morphologyEx(roi, cv2.MORPH_BLACKHAT, cv2.getStructuringElement(cv2.MORPH_RECT, (15, 7)))
        if blackhat.max() < 40:
            continue  # nothing printed darker than its surroundings
        _t, binary = cv2.threshold(blackhat, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
        closed = cv2.morphologyEx(binary, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (9, 1)))
        blobs, _ = cv2.findContours(closed, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        lines = long_lines = 0
        for b in blobs:
            _x, _y, bw, bh = cv2.boundingRect(b)
            if 3 <= bh <= max(6, rh // 12) and bw >= 4 * bh:
                lines += 1
                long_lines += bw >= 0.6 * rw
        best_lines, best_long = max(best_lines, lines), max(best_long, long_lines)
    return card is not None, best_lines, best_long


def shows_id_document(data: bytes, size: tuple[int, int] | None = None) -> bool:
    """The picture looks like an identity document: printed lines on a card, or an MRZ."""
    try:
        card, lines, long_lines = printed_lines(data)
    except Exception:  # noqa: BLE001 - a picture OpenCV cannot read is simply not recognised
        return False
    if long_lines >= 2 and lines >= MIN_PRINTED_LINES:
        return True
    card_like_crop = size is not None and 1.28 <= max(size) / max(min(size), 1) <= 1.85
    return lines >= MIN_PRINTED_LINES and (card or card_like_crop)


def card_shaped(size: tuple[int, int] | None) -> bool:
    """Proportions of an ID card or passport page (landscape or portrait), not an icon."""
    if not size:
        return False
    w, h = size
    if min(w, h) < 150:
        return False  # a signature logo, an icon
    ratio = max(w, h) / min(w, h)
    return 1.28 <= ratio <= 1.68


def is_decoration(filename: str, content_type: str, data: bytes = b"") -> bool:
    """An inline signature logo or icon: a tiny image, or one named logo/signature/icon."""
    if not (content_type.startswith("image/") or filename.lower().endswith((".png", ".gif", ".jpg", ".jpeg"))):
        return False
    if re.search(r"logo|signature|handtekening|icon|banner|spacer", filename, re.IGNORECASE):
        return True
    size = image_size(data)
    return size is not None and min(size) < 100


def _is_heic(filename: str, content_type: str) -> bool:
    return filename.lower().endswith((".heic", ".heif")) or content_type in ("image/heic", "image/heif",
                                                                            "image/heic-sequence")


def looks_like_id(filename: str, content_type: str, data: bytes = b"", *, text_mentions_id: bool = False,
                  is_message: bool = False) -> bool:
    """Heuristic ID-document flag for one attachment (see module docstring)."""
    if is_message or content_type.startswith("message/"):
        return False
    score = name_score(filename)
    if score > 0:
        return True
    if score < 0:
        return False
    ctype = content_type.lower()
    if _is_heic(filename, ctype):
        return True
    is_image = ctype.startswith("image/") or filename.lower().endswith(
        (".jpg", ".jpeg", ".png", ".gif", ".bmp", ".tif", ".tiff", ".webp"))
    is_pdf = ctype == "application/pdf" or filename.lower().endswith(".pdf")
    if is_image:
        size = image_size(data)
        if size is not None and min(size) < 150:
            return False
        if text_mentions_id and size is not None:
            return True
        return size is not None and len(data) <= MAX_ANALYSED_BYTES and shows_id_document(data, size)
    if is_pdf:
        return bool(text_mentions_id and _CAMERA_NAME_RE.match(filename.rsplit(".", 1)[0]))
    return False


def text_mentions_id(text: str) -> bool:
    return bool(_ID_TEXT_RE.search(text or ""))
