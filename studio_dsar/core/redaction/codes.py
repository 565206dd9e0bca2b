"""QR codes and barcodes (they may encode the document's data)."""

from __future__ import annotations

import numpy as np

from .results import Finding


def find_codes(img: np.ndarray) -> list[Finding]:
    import cv2

    out: list[Finding] = []
    H, W = img.shape[:2]
    s = min(1.0, 1600 / max(H, W))
    small = cv2.resize(img, None, fx=s, fy=s, interpolation=cv2.INTER_AREA) if s < 1 else img
    try:
        ok, pts = cv2.QRCodeDetector().detectMulti(small)
        if ok and pts is not None:
            for p in pts:
                p = np.asarray(p, float).reshape(-1, 2) / s
                c = p.mean(0)
                out.append(Finding("barcode", c + (p - c) * 1.15, "barcode"))
    except cv2.error:
        pass
    try:
        det = cv2.barcode.BarcodeDetector()
        ok, pts = det.detect(small)
        if ok and pts is not None:
            for p in pts:
                p = np.asarray(p, float).reshape(-1, 2) / s
                c = p.mean(0)
                out.append(Finding("barcode", c + (p - c) * 1.15, "barcode"))
    except (cv2.error, AttributeError):
        pass
    return out


