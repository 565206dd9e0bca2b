"""Find what must be blacked out on one upright page image, black it out, and check.

Evidence, in order (one module each):

1. faces (``faces``: libfacedetection or BlazeFace, at the four right-angle turns): portrait
   and ghost portrait, and the orientation of the document they are printed on;
2. MRZ (``mrzfind``, ``mrz``): long, parallel text lines read with Tesseract in both
   directions and corrected with ICAO 9303 check digits; the MRZ also tells the document's
   orientation, size and format (TD1/TD2/TD3), and on a passport where its portrait sits;
3. the visual zone of each document (found from its MRZ or portrait) is cropped upright and
   read once (``viznumbers``): numbers by validator, next to their labels, wherever a number
   named by the MRZ appears and, deny by default, every other number-like token that is not a
   date; portrait rectangles around the faces (``portraits``);
4. QR codes and barcodes (``codes``);
5. the self-check (``selfcheck``): the redacted page is read again; what is still readable is
   blacked out too and the page is flagged.

The findings name a category, a page polygon and the evidence; never a value.
"""

from __future__ import annotations

import math
import re

import numpy as np

from . import ocr
from .codes import find_codes
from .faces import Face, detect_faces, detect_faces_async
from .faces import backend as face_backend
from .geometry import Frame, angle_diff, norm_angle
from .mrzfind import MrzHit, _Line, _line_candidates, _text_only, find_mrz
from .portraits import _ghost_search, portrait_rect
from .results import DocumentHit, Finding, PageResult
from .viznumbers import find_numbers, flatten, numbers_not_read, printed_numbers, snap_to_ink

LOW_CONF = 55.0

__all__ = ["DocumentHit", "Finding", "PageResult", "analyse_page", "burn", "find_codes", "find_mrz",
           "find_numbers", "portrait_rect"]


# --------------------------------------------------------------------------- page
def td3_portrait_box(mrz_poly: np.ndarray) -> tuple[float, float, float, float]:
    """Where a passport's portrait sits (ICAO 9303 TD3, zone V), from the MRZ's box in the
    upright crop: left of the data, from about half an MRZ width above the MRZ down to it.
    (The portrait is 32-45 mm high on a 125 mm page whose MRZ is some 112 mm wide.)"""
    mx0, my0 = mrz_poly[:, 0].min(), mrz_poly[:, 1].min()
    w = mrz_poly[:, 0].max() - mx0
    return (mx0 - 0.04 * w, my0 - 0.52 * w, mx0 + 0.32 * w, my0 - 0.03 * w)


def _doc_frame_from_mrz(hit: MrzHit, img_shape) -> Frame:
    fr = hit.frame
    bx0, _by0, bx1, by1 = hit.box
    # MRZ extent in page pixels along the document axes, relative to the frame point
    z = fr.z
    xl, xr = fr.x0 + bx0 / z, fr.x0 + bx1 / z
    yb = fr.y0 + by1 / z
    wm = xr - xl
    if hit.fmt == "TD1":
        up, side, down = 0.80, 0.10, 0.08
        target = 1150.0
    else:
        up, side, down = 0.86, 0.09, 0.07
        target = 1500.0
    x0, x1 = xl - side * wm, xr + side * wm
    y0, y1 = yb - up * wm, yb + down * wm
    zz = min(1.6, target / (x1 - x0))
    return Frame(fr.cx, fr.cy, fr.angle, x0, x1, y0, y1, zz)


def _doc_frame_from_face(face: Face) -> Frame:
    s = face.size
    # An ID-1 card is about 6.5 face heights wide and 4 high, with the portrait on the
    # left (ICAO 9303 zone V); the crop is generous and only bounds where OCR looks.
    x0, x1, y0, y1 = -1.9 * s, 5.9 * s, -2.4 * s, 2.4 * s
    zz = min(1.6, 1150.0 / (x1 - x0))
    return Frame(face.cx, face.cy, face.angle, x0, x1, y0, y1, zz)


# Zoom of the text reading: an ID-1 card about 1400 px across (capitals of some 30 px, the
# height at which Tesseract reads best), a passport page about 1900 px; never more than
# TEXT_MAX_ZOOM times the page's own pixels (upscaling past that only magnifies blur).
TEXT_TARGET = {"TD1": 1400.0, "TD2": 1600.0, "TD3": 1900.0}
TEXT_MAX_ZOOM = 2.6


def _text_frame(fr: Frame, kind: str, hit: MrzHit | None, face: Face | None) -> Frame:
    """The part of a document where its printed numbers can be, upright, at the zoom its
    text reads best. The document's axes are those of its frame; the extent is generous
    (a number line sits at the bottom of many cards, under the date of birth)."""
    if kind == "portrait" and face is not None:
        s = face.size
        # ID-1 card: about 4-7 face heights wide and 3-4.5 high, the portrait on the left
        # (ICAO 9303 zone V); passports put the data beside and under it as well
        c = fr.from_page([[face.cx, face.cy]])[0] / fr.z + np.array([fr.x0, fr.y0])
        x0, x1, y0, y1 = c[0] - 2.2 * s, c[0] + 7.6 * s, c[1] - 3.0 * s, c[1] + 3.6 * s
        width_target = TEXT_TARGET["TD1"] * 9.8 / 7.1
    else:
        x0, x1, y0, y1 = fr.x0, fr.x1, fr.y0, fr.y1
        fmt = hit.fmt if hit is not None and hit.fmt in TEXT_TARGET else "TD1"
        width_target = TEXT_TARGET[fmt] * 1.2
    z = min(TEXT_MAX_ZOOM, width_target / max(1.0, x1 - x0))
    return Frame(fr.cx, fr.cy, fr.angle, x0, x1, y0, y1, z)


def _number_polygon(tf: Frame, tflat: np.ndarray, page_poly: np.ndarray,
                    text_h: float | None = None) -> np.ndarray:
    """Page polygon blacking out a found number: the printed run it belongs to (see
    :func:`snap_to_ink`) in the document's text crop, padded; numbers are printed a few
    millimetres from anything kept, so the pad is generous."""
    import cv2

    pts = tf.from_page(page_poly)
    box = (pts[:, 0].min(), pts[:, 1].min(), pts[:, 0].max(), pts[:, 1].max())
    quad = snap_to_ink(tflat, box, text_h)
    (cx, cy), (w, h), a = cv2.minAreaRect(quad.astype(np.float32))
    th = min(w, h, box[3] - box[1]) if min(w, h) > 0 else box[3] - box[1]
    pad = 0.35 * th + 4 * tf.z
    if w >= h:
        w, h = w + 3 * pad, h + 2 * pad
    else:
        w, h = w + 2 * pad, h + 3 * pad
    return tf.to_page(cv2.boxPoints(((cx, cy), (w, h), a)))


def _refine_angle(lines: list[_Line], frame: Frame, window: float = 12.0) -> float:
    """Median angle of text-line blobs inside a frame, near the frame's own angle."""
    angs = []
    for ln in lines:
        if not frame.contains_page_point(ln.cx, ln.cy):
            continue
        for cand in (ln.angle, ln.angle + 180):
            if angle_diff(cand, frame.angle) < window:
                angs.append((norm_angle(cand - frame.angle), ln.length))
    if len(angs) < 2:
        return frame.angle
    a = np.array(angs)
    order = np.argsort(a[:, 0])
    cum = np.cumsum(a[order, 1])
    med = a[order[np.searchsorted(cum, cum[-1] / 2)], 0]
    return norm_angle(frame.angle + med)


def _crop_skew(crop: np.ndarray) -> float:
    """Residual skew (degrees) of the text lines in an almost upright crop."""
    import cv2

    g = cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY) if crop.ndim == 3 else crop
    scale = 800.0 / max(g.shape[:2])
    if scale < 1:
        g = cv2.resize(g, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    bh = cv2.morphologyEx(g, cv2.MORPH_BLACKHAT, cv2.getStructuringElement(cv2.MORPH_RECT, (11, 11)))
    _t, bw = cv2.threshold(bh, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    bw = cv2.morphologyEx(bw, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (9, 3)))
    contours, _h = cv2.findContours(bw, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    angs, weights = [], []
    for c in contours:
        (_cx, _cy), (w, h), a = cv2.minAreaRect(c)
        if w < h:
            w, h = h, w
            a += 90
        if w < 40 or h < 3 or w / h < 4:
            continue
        a = (a + 90) % 180 - 90
        if abs(a) > 30:
            continue
        angs.append(a)
        weights.append(w)
    if len(angs) < 3:
        return 0.0
    order = np.argsort(angs)
    cum = np.cumsum(np.array(weights)[order])
    return float(np.array(angs)[order][np.searchsorted(cum, cum[-1] / 2)])


def analyse_page(img: np.ndarray, cancel=None, progress=None) -> PageResult:
    import cv2

    res = PageResult()
    if face_backend() is None:
        res.review.append("face_detector_missing")
    pending_faces = detect_faces_async(img)   # the detector runs beside the MRZ reading
    lines = _line_candidates(img)
    mrz_hits = find_mrz(img, cancel)
    faces = [f for f in pending_faces.result() if f.conf >= 0.6]
    if cancel and cancel():
        return res
    frames: list[tuple[Frame, str, MrzHit | None]] = []
    for hit in mrz_hits:
        fr = hit.frame
        bx0, by0, bx1, by1 = hit.cover or hit.box
        pad = 0.6 * ((by1 - by0) / max(2, len(hit.result.lines) if hit.result else 3)) + 4
        poly = fr.rect_to_page(bx0 - pad, by0 - pad, bx1 + pad, by1 + pad)
        conf = hit.conf / 100.0
        res.findings.append(Finding("mrz", poly, "mrz", conf))
        if hit.unread:
            # a block that only looks like an MRZ: blacked out and flagged, but it does not
            # say where the document is or which way up
            res.review.append("mrz_unreadable")
            continue
        df = _doc_frame_from_mrz(hit, img.shape)
        frames.append((df, "mrz", hit))
        valid = bool(hit.result and hit.result.valid)
        res.documents.append(DocumentHit("mrz", hit.fmt, valid, fr.angle, df.polygon()))
        if hit.result is None:
            res.review.append("mrz_unreadable")
        elif not hit.result.valid:
            res.review.append("mrz_check_digits_failed")
        if hit.conf < LOW_CONF and not valid:
            res.review.append("low_ocr_confidence")
    # portraits: the biggest face of each cluster is the portrait, smaller nearby ones ghosts
    faces.sort(key=lambda f: -f.size)
    mains: list[Face] = []
    ghosts: list[Face] = []
    for f in faces:
        near = [m for m in mains if math.hypot(f.cx - m.cx, f.cy - m.cy) < 5 * m.size
                and f.size < 0.75 * m.size]
        if near:
            ghosts.append(f)
        else:
            mains.append(f)
    frame_face: dict[int, Face] = {}
    for f in mains:
        inside = [fr for fr, kind, _h in frames if fr.contains_page_point(f.cx, f.cy)]
        if not inside:
            fr = _doc_frame_from_face(f)
            fr.angle = _refine_angle(lines, fr, 12.0 if f.precise else 44.0)
            frames.append((fr, "portrait", None))
            frame_face[id(fr)] = f
            res.documents.append(DocumentHit("portrait", None, None, fr.angle, fr.polygon()))
    # read each document's visual zone
    crops = []
    for fr, kind, hit in frames:
        if kind == "portrait":
            skew = _crop_skew(fr.crop(img))
            if abs(skew) > 0.4:
                fr.angle = norm_angle(fr.angle + skew)
        crop = fr.crop(img)
        if hit is not None:
            # blank the MRZ (already covered) so OCR does not spend time on it
            mpoly = fr.from_page(hit.frame.rect_to_page(*hit.box))
            cv2.fillPoly(crop, [np.round(mpoly).astype(np.int32)], (255, 255, 255))
        crops.append(crop)
    # the same documents again for their numbers: a generous extent at the zoom that reads
    # best, background light evened out, read as sparse text (a second segmentation: the
    # first may merge a short number line into a picture or drop it)
    tframes = [_text_frame(fr, kind, hit, frame_face.get(id(fr))) for fr, kind, hit in frames]
    tgray = []
    for tf, (_fr, _kind, hit) in zip(tframes, frames, strict=True):
        tg = cv2.cvtColor(tf.crop(img), cv2.COLOR_BGR2GRAY)
        if hit is not None:
            mpoly = tf.from_page(hit.frame.rect_to_page(*hit.box))
            cv2.fillPoly(tg, [np.round(mpoly).astype(np.int32)], 255)
        tgray.append(flatten(tg))
    if cancel and cancel():
        return res
    gray = [_text_only(cv2.cvtColor(c, cv2.COLOR_BGR2GRAY)) for c in crops]
    both = ocr.run_many([(g, 3, None) for g in gray] + [(g, 11, None) for g in tgray])
    ocr_results, text_results = both[:len(gray)], both[len(gray):]
    all_mrz_numbers = [n for h in mrz_hits if h.result for n in h.result.numbers]
    if not mrz_hits and any(re.search(r"PAS+PO+RT|PASSPORT|PASSEPORT", " ".join(w.text for w in ws).upper())
                            for ws in ocr_results):
        res.review.append("no_mrz_found")
    for (fr, kind, hit), crop, words, tf, twords, tflat in zip(frames, crops, ocr_results, tframes,
                                                               text_results, tgray, strict=True):
        found = []
        for frame, ws in ((fr, words), (tf, twords)):
            hs = [w.h for w in ws if w.conf >= 60 and len(w.text) >= 3]
            text_h = float(np.median(hs)) * tf.z / frame.z if hs else None
            for cat, box, ev, conf in find_numbers(ws, all_mrz_numbers):
                found.append((cat, box, ev, conf))
                poly = _number_polygon(tf, tflat, frame.rect_to_page(*box), text_h) \
                    if ev != "label-position" else frame.rect_to_page(*box)
                res.findings.append(Finding(cat, poly, ev, conf / 100.0))
        if hit is not None and numbers_not_read([words, twords], printed_numbers(hit.result)):
            # the MRZ says this side prints a number that neither reading found: whatever
            # covers it is luck, so a person must look
            res.review.append("mrz_number_not_found")
        if kind == "portrait" and not any(c in ("document_number",) for c, *_r in found):
            res.review.append("no_document_number_on_front")
        if any(ev in ("label", "label-position") for _c, _b, ev, _cf in found):
            res.review.append("number_unverified")
        # portraits inside this frame
        barriers = [(w.x, w.y, w.x + w.w, w.y + w.h) for w in words
                    if w.conf >= 60 and (len(re.sub(r"[^A-Za-z]", "", w.text)) >= 3
                                         or len(re.sub(r"[^A-Za-z0-9]", "", w.text)) >= 4)]
        frame_faces = [f for f in mains + ghosts if fr.contains_page_point(f.cx, f.cy)]
        crop_faces = detect_faces(crop, min_conf=0.3, long_side=1400, rotations=(0,))
        if crop_faces:
            for cf in crop_faces:
                p = fr.to_page([[cf.cx, cf.cy]])[0]
                if not any(math.hypot(p[0] - f.cx, p[1] - f.cy) < 0.6 * f.size for f in frame_faces):
                    if cf.conf >= 0.5 or any(f.size > 1.5 * cf.size / fr.z for f in frame_faces):
                        frame_faces.append(Face(p[0], p[1], cf.size / fr.z, fr.angle, cf.conf))
        if frame_faces:
            main = max(frame_faces, key=lambda f: f.size)
            if not any(f.size < 0.75 * main.size for f in frame_faces):
                ghost = _ghost_search(crop, fr, main, barriers)
                if ghost is not None:
                    frame_faces.append(ghost)
                else:
                    # modern cards and passports carry a second, faint portrait
                    res.review.append("no_ghost_portrait")
        for f in frame_faces:
            c = fr.from_page([[f.cx, f.cy]])[0]
            fs = f.size * fr.z
            rect = portrait_rect(crop, c[0], c[1], fs, barriers)
            is_ghost = any(f.size < 0.75 * m.size for m in frame_faces)
            res.findings.append(Finding("ghost_photo" if is_ghost else "photo",
                                        fr.rect_to_page(*rect), "face", f.conf))
        if kind == "portrait" and not frame_faces:
            res.review.append("no_portrait_on_front")
        if hit is not None and hit.fmt == "TD3" and not frame_faces:
            # a passport data page always has its portrait left of the data, above the MRZ
            # (ICAO 9303 zone V): black out where the layout puts it, and ask for a check
            res.findings.append(Finding("photo", fr.rect_to_page(*td3_portrait_box(
                fr.from_page(hit.frame.rect_to_page(*hit.box)))), "layout", 0.0))
            res.review.append("portrait_from_layout")
    # barcodes / QR codes
    res.findings.extend(find_codes(img))
    res.frames = tframes
    res.mrz_numbers = all_mrz_numbers
    res.mrz_reads = [(h.result.format, [n for n in h.result.numbers if n != h.result.document_number],
                      h.result.document_number) for h in mrz_hits if h.result is not None and h.result.valid]
    res.identities = _identities(mrz_hits, ocr_results)
    if not mrz_hits and not mains:
        res.review.append("no_document_found")
    res.review = list(dict.fromkeys(res.review))
    return res



def _identities(mrz_hits, ocr_results) -> list:
    """Identity fields (core.identity) from what was read anyway; a failure here never stops
    the redaction, and nothing read is logged."""
    from studio_dsar.core import identity

    out = []
    for hit in mrz_hits:
        try:
            f = identity.from_mrz(hit.result) if hit.result is not None else None
        except Exception:  # noqa: BLE001
            f = None
        if f is not None:
            out.append(f)
    for words in ocr_results:
        try:
            f = identity.from_visual_zone(words)
        except Exception:  # noqa: BLE001
            f = None
        if f is not None:
            out.append(f)
    return out


def redact_page(img: np.ndarray, cancel=None, check: bool = True) -> tuple[np.ndarray, np.ndarray, PageResult]:
    """Analyse, black out, then check the redacted page and black out what the check can
    still read (flagging the page). Returns ``(redacted, mask, analysis)``."""
    from . import selfcheck

    page = analyse_page(img, cancel=cancel)
    red, mask = burn(img, page.findings)
    if not check or (cancel and cancel()):
        return red, mask, page
    extra = selfcheck.check_page(red, mask, page.frames, page.mrz_numbers)
    if extra:
        page.findings.extend(extra)
        page.review.append("self_check_found")
        red, mask = burn(img, page.findings)
    page.review.extend(r for r in selfcheck.doubts(red, mask, page) if r not in page.review)
    return red, mask, page


def burn(img: np.ndarray, findings: list[Finding]) -> tuple[np.ndarray, np.ndarray]:
    """Black out every finding; returns the image and the mask of blacked pixels."""
    import cv2

    out = img.copy()
    mask = np.zeros(img.shape[:2], np.uint8)
    for f in findings:
        cv2.fillPoly(mask, [np.round(f.polygon).astype(np.int32)], 255)
    out[mask > 0] = 0
    return out, mask > 0
