"""Tesseract OCR kept in memory.

``pytesseract`` writes every image to a temporary file before calling the binary; an ID
crop on disk (in /tmp) would itself be a leak of the BSN. We therefore call the same
``tesseract`` binary ourselves with the PNG bytes on stdin and read TSV from stdout
(``tesseract stdin stdout ... tsv``): nothing touches the disk. The binary location is
taken from pytesseract's setting so packagers can point it elsewhere.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass

import numpy as np

MRZ_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"


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


def tesseract_cmd() -> str:
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
          extra: tuple[str, ...] = ()) -> subprocess.Popen:
    """Start OCR of ``img`` (grey or BGR) without waiting; pass the result to :func:`finish`."""
    import cv2

    ok, buf = cv2.imencode(".png", img)
    if not ok:
        raise ValueError("image encoding failed")
    args = [tesseract_cmd(), "stdin", "stdout", "--psm", str(psm), "-l", lang]
    if whitelist:
        args += ["-c", f"tessedit_char_whitelist={whitelist}"]
    args += list(extra)
    args.append("tsv")
    proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=_env())
    proc._payload = buf.tobytes()  # type: ignore[attr-defined]
    return proc


def finish(proc: subprocess.Popen, timeout: float = 60) -> list[Word]:
    try:
        out, _err = proc.communicate(proc._payload, timeout=timeout)  # type: ignore[attr-defined]
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return []
    finally:
        proc._payload = b""  # type: ignore[attr-defined]
    return parse_tsv(out.decode("utf-8", "replace"))


def run(img: np.ndarray, psm: int = 6, whitelist: str | None = None, lang: str = "eng") -> list[Word]:
    return finish(start(img, psm, whitelist, lang))


def run_many(jobs: list[tuple], workers: int = 2) -> list[list[Word]]:
    """Run several OCR jobs ``(img, psm, whitelist)`` in parallel tesseract processes."""
    if len(jobs) <= 1:
        return [run(*job) for job in jobs]
    from concurrent.futures import ThreadPoolExecutor

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
