"""PyInstaller runtime hook: runs in a frozen build before the app's own code.

- Points the OCR engine at the language data inside the bundle (``tessdata/``), so no system
  Tesseract is needed; a ``TESSDATA_PREFIX`` the user set still wins.
- Makes the package use its own OCR engine, not whatever Tesseract program the machine may
  have, so it behaves the same everywhere: the tesserocr library it carries, or the
  ``tesseract`` program when the build bundled one (``tesseract/``, then put first on PATH).
  ``STUDIO_DSAR_OCR_ENGINE`` set by the user still wins.
"""

import os
import sys
from pathlib import Path

_bundle = Path(getattr(sys, "_MEIPASS", Path(sys.executable).resolve().parent))
_tessdata = _bundle / "tessdata"
if _tessdata.is_dir() and not os.environ.get("TESSDATA_PREFIX"):
    os.environ["TESSDATA_PREFIX"] = str(_tessdata)

_program_dir = _bundle / "tesseract"
if (_program_dir / ("tesseract.exe" if os.name == "nt" else "tesseract")).is_file():
    os.environ["PATH"] = str(_program_dir) + os.pathsep + os.environ.get("PATH", "")
    os.environ.setdefault("STUDIO_DSAR_OCR_ENGINE", "program")
else:
    os.environ.setdefault("STUDIO_DSAR_OCR_ENGINE", "library")
