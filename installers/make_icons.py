"""Export the app icon from its source, ``assets/icons/studio-dsar.svg``, to the sizes the
packages use: PNGs 16-512 px (Linux icon theme, README), ``.ico`` (Windows) and ``.icns``
(macOS), and copy the SVG into the app's resources (the window icon).

Run after changing the SVG: ``.venv/bin/python installers/make_icons.py`` (Qt renders the SVG,
Pillow writes .ico and .icns). The results are committed; packaging does not re-run this.
"""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "assets" / "icons"
SOURCE = ICONS / "studio-dsar.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(size: int) -> bytes:
    """The SVG rendered to a square PNG of ``size`` pixels, transparent background."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    png_dir = ICONS / "png"
    png_dir.mkdir(parents=True, exist_ok=True)
    images = {}
    for size in SIZES:
        data = render(size)
        (png_dir / f"studio-dsar-{size}.png").write_bytes(data)
        images[size] = Image.open(io.BytesIO(data)).convert("RGBA")
    big = images[512]
    big.save(ICONS / "studio-dsar.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)],
             append_images=[images[s] for s in (16, 24, 32, 48, 64, 128, 256)])
    big.save(ICONS / "studio-dsar.icns", append_images=[images[s] for s in (16, 32, 64, 128, 256)])
    shutil.copyfile(SOURCE, ROOT / "studio_dsar" / "resources" / "icons" / "studio-dsar.svg")
    print(f"icons written to {ICONS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
