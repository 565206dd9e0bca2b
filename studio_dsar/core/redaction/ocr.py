"""Tesseract OCR kept in memory.

Two engines, the same results API (:func:`run`, :func:`run_many`, :func:`start`/:func:`finish`):

- the Tesseract **library in this process** through ``tesserocr`` (its wheels carry
  libtesseract for Windows, macOS arm64 and Linux), with the language data found by
  :func:`studio_dsar.core.paths.tessdata_dir` (a package ships its own). Images go to the
  library as pixels: nothing touches the disk, no program starts per call;
- the ``tesseract`` **program** (the fallback where the library or its data is missing),
  fed PNG bytes on stdin and read as TSV from stdout (``tesseract stdin stdout ... tsv``):
  ``pytesseract`` would write every image to a temporary file, and an ID crop on disk would
  itself be a leak of the BSN. The program's location is taken from pytesseract's setting so
  packagers can point it elsewhere.

``STUDIO_DSAR_OCR_ENGINE`` (``library`` or ``program``) picks one; see :func:`engine`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import numpy as np

from . import timing

MRZ_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"

# Settings of every reading, both engines. Tesseract 5 reads each line it is unsure of a
# second time with its pixels inverted (light print on dark) and keeps whichever reading it is
# surer of; documents print dark on light, so that second reading is one of the print's
# negative. Off: some 5 % less OCR time; dev/ gives the same output, pixel for pixel.
SETTINGS = (("tessedit_do_invert", "0"),)


@dataclass
class Word:
    text: str
    conf: float
    x: int
    y: int
    w: int
    h: int
    block: int
    par: int
    line: int

    @property
    def key(self) -> tuple[int, int, int]:
        return (self.block, self.par, self.line)


class OcrUnavailable(RuntimeError):
    """The tesseract program is missing (a user-facing error is raised by the caller)."""


ENV_ENGINE = "STUDIO_DSAR_OCR_ENGINE"
_TSV_HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"


def library_tessdata() -> str | None:
    """The language-data folder for the in-process library, or None when the library or
    its English data is missing."""
    try:
        import tesserocr  # noqa: F401
    except ImportError:
        return None
    from studio_dsar.core.paths import tessdata_dir

    folder = tessdata_dir(("eng",))
    return str(folder) if folder is not None else None


def engine() -> str:
    """``"library"`` or ``"program"``: the OCR engine this process uses. Raises
    :class:`OcrUnavailable` when there is neither.

    The library comes first where it and its language data are installed (``make`` installs
    both; a package carries them): it stays loaded between calls, where a program run spends
    about half its time starting up, and it reads the same on every machine. The program
    serves where the library is missing (e.g. a platform without a tesserocr wheel).
    ``STUDIO_DSAR_OCR_ENGINE=program`` (or ``library``) forces one.
    """
    forced = os.environ.get(ENV_ENGINE, "").strip().lower()
    if forced != "program" and library_tessdata() is not None:
        return "library"
    if forced == "library":
        raise OcrUnavailable("tesserocr with language data is not installed")
    _program()   # raises OcrUnavailable when missing
    return "program"


def tesseract_cmd() -> str:
    """Checks that OCR is available (raises :class:`OcrUnavailable` otherwise); returns the
    engine's name, or the program's path when the program is the engine."""
    return "library" if engine() == "library" else _program()


# -- the library in this process ------------------------------------------------------------------
_local = threading.local()
_pool: ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()


def _api(lang: str) -> Any:
    """This thread's tesserocr API for ``lang`` (an API is not shared between threads)."""
    apis = getattr(_local, "apis", None)
    if apis is None:
        apis = _local.apis = {}
    if lang not in apis:
        import tesserocr

        api = tesserocr.PyTessBaseAPI(path=library_tessdata() or "", lang=lang)
        for name, value in SETTINGS:
            api.SetVariable(name, value)
        apis[lang] = api
    return apis[lang]


def _run_library(img: np.ndarray, psm: int, whitelist: str | None, lang: str, extra: tuple[str, ...]) -> list[Word]:
    api = _api(lang)
    api.SetPageSegMode(psm)
    api.SetVariable("tessedit_char_whitelist", whitelist or "")
    for i in range(0, len(extra) - 1, 2):  # ("-c", "name=value") pairs, as the program takes them
        if extra[i] == "-c" and "=" in extra[i + 1]:
            name, value = extra[i + 1].split("=", 1)
            api.SetVariable(name, value)
    img = np.ascontiguousarray(img, dtype=np.uint8)
    if img.ndim == 2:
        h, w = img.shape
        api.SetImageBytes(img.tobytes(), w, h, 1, w)
    else:
        rgb = np.ascontiguousarray(img[:, :, 2::-1])
        h, w = rgb.shape[:2]
        api.SetImageBytes(rgb.tobytes(), w, h, 3, 3 * w)
    api.SetSourceResolution(70)  # what the program assumes for a PNG without a resolution
    try:
        api.Recognize()
        return parse_tsv(_TSV_HEADER + (api.GetTSVText(0) or ""))
    finally:
        api.Clear()  # forget the image: no page pixels stay in memory between calls


def _library_pool() -> ThreadPoolExecutor:
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="ocr")
        return _pool


# -- the program ---------------------------------------------------------------------------------
def _program() -> str:
    cmd = None
    try:
        import pytesseract

        cmd = pytesseract.pytesseract.tesseract_cmd
    except Exception:  # noqa: BLE001
        cmd = None
    found = shutil.which(cmd or "tesseract")
    if not found:
        raise OcrUnavailable("tesseract not found")
    return found


def tesseract_available() -> bool:
    try:
        tesseract_cmd()
        return True
    except OcrUnavailable:
        return False


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["OMP_THREAD_LIMIT"] = "1"
    return env


def start(img: np.ndarray, psm: int = 6, whitelist: str | None = None, lang: str = "eng",
          extra: tuple[str, ...] = ()) -> Any:
    """Start OCR of ``img`` (grey or BGR) without waiting; pass the result to :func:`finish`."""
    if engine() == "library":
        return _library_pool().submit(timing.tagged(_run_library), img, psm, whitelist, lang, tuple(extra))
    import cv2

    ok, buf = cv2.imencode(".png", img)
    if not ok:
        raise ValueError("image encoding failed")
    args = [_program(), "stdin", "stdout", "--psm", str(psm), "-l", lang]
    if whitelist:
        args += ["-c", f"tessedit_char_whitelist={whitelist}"]
    for name, value in SETTINGS:
        args += ["-c", f"{name}={value}"]
    args += list(extra)
    args.append("tsv")
    proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=_env())
    proc._payload = buf.tobytes()  # type: ignore[attr-defined]
    return proc


def finish(proc: Any, timeout: float = 60) -> list[Word]:
    if isinstance(proc, Future):
        return list(proc.result())
    try:
        out, _err = proc.communicate(proc._payload, timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return []
    finally:
        proc._payload = b""
    return parse_tsv(out.decode("utf-8", "replace"))


def run(img: np.ndarray, psm: int = 6, whitelist: str | None = None, lang: str = "eng") -> list[Word]:
    if engine() == "library":
        return timing.tagged(_run_library)(img, psm, whitelist, lang, ())
    return finish(start(img, psm, whitelist, lang))


def run_quick(img: np.ndarray, psm: int = 6, whitelist: str | None = None, lang: str = "eng") -> list[Word]:
    """:func:`run` for short reads on a hot path (the intake's ID flag reads a crop of a few
    lines per picture): the library in this process whenever it is installed, since a program
    run spends more time starting than reading such a crop; the program otherwise. Raises
    :class:`OcrUnavailable` when there is neither."""
    if library_tessdata() is not None:
        return _run_library(img, psm, whitelist, lang, ())
    return finish(start(img, psm, whitelist, lang))


def run_many(jobs: list[tuple[Any, ...]], workers: int = 2) -> list[list[Word]]:
    """Run several OCR jobs ``(img, psm, whitelist)`` in parallel (library threads, which
    release the interpreter lock while they recognise, or tesseract processes)."""
    if len(jobs) <= 1:
        return [run(*job) for job in jobs]
    if engine() == "library":
        return [finish(f) for f in [start(*job) for job in jobs]]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda job: run(*job), jobs))


def parse_tsv(tsv: str) -> list[Word]:
    words = []
    for line in tsv.splitlines()[1:]:
        parts = line.split("\t")
        if len(parts) < 12 or parts[0] != "5":
            continue
        text = parts[11].strip()
        if not text:
            continue
        try:
            words.append(Word(text, float(parts[10]), int(parts[6]), int(parts[7]), int(parts[8]),
                              int(parts[9]), int(parts[2]), int(parts[3]), int(parts[4])))
        except ValueError:
            continue
    return words


def lines_of(words: list[Word]) -> list[list[Word]]:
    """Words grouped into OCR text lines, top to bottom."""
    groups: dict[tuple[int, int, int], list[Word]] = {}
    for w in words:
        groups.setdefault(w.key, []).append(w)
    out = [sorted(g, key=lambda w: w.x) for g in groups.values()]
    out.sort(key=lambda g: min(w.y for w in g))
    return out
