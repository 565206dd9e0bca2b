"""The stand-alone package: what it is made from (always checked) and, when `make package`
has built one, a smoke test of the Linux .deb in a clean environment.

The smoke test unpacks ``dist/studio-dsar_<version>_<arch>.deb`` into a temporary folder and
runs its programs with nothing from the developer's machine: no virtual environment, no
Tesseract on PATH, an empty HOME, no TESSDATA_PREFIX. The packaged CLI answers --version,
redacts a dev scan to PDF, the packaged window starts offscreen and quits.
"""

from __future__ import annotations

import configparser
import json
import os
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
ASSETS = REPO / "assets"
SHARED = REPO.parent / "shared"


def version() -> str:
    with (REPO / "pyproject.toml").open("rb") as fh:
        return tomllib.load(fh)["project"]["version"]


# -- what every package is made from --------------------------------------------------------------
def test_desktop_entry_opens_mail_files_with_the_window():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(REPO / "installers" / "linux" / "studio-dsar.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"].split()[0] == "studio-dsar-gui" and "%F" in desktop["Exec"]
    mime = set(filter(None, desktop["MimeType"].split(";")))
    assert {"message/rfc822", "application/vnd.ms-outlook"} <= mime
    assert desktop["Icon"] == "studio-dsar"


def test_icon_sizes_are_exported_from_the_one_source():
    from PIL import Image

    svg = (ASSETS / "icons" / "studio-dsar.svg").read_bytes()
    assert (REPO / "studio_dsar" / "resources" / "icons" / "studio-dsar.svg").read_bytes() == svg, \
        "run installers/make_icons.py after changing assets/icons/studio-dsar.svg"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(ASSETS / "icons" / "png" / f"studio-dsar-{size}.png") as im:
            assert im.size == (size, size) and im.mode == "RGBA"
    with Image.open(ASSETS / "icons" / "studio-dsar.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ASSETS / "icons" / "studio-dsar.icns") as icns:
        assert (512, 512, 2) in icns.info["sizes"] or icns.size[0] >= 512


def test_frozen_entry_points_call_freeze_support_first():
    """A helper process of a frozen build (the face detector's) starts through the entry point."""
    for name in ("studio_dsar_cli.py", "studio_dsar_gui.py"):
        source = (REPO / "installers" / "entry" / name).read_text(encoding="utf-8")
        main_block = source.split('if __name__ == "__main__":', 1)[1]
        first_statement = next(ln.strip() for ln in main_block.splitlines() if ln.strip() and not ln.strip().startswith("#"))
        assert first_statement.startswith("multiprocessing.freeze_support()"), name


def test_one_spec_names_both_programs_and_the_platform_icons():
    spec = (REPO / "installers" / "studio-dsar.spec").read_text(encoding="utf-8")
    assert 'name=f"{NAME}-gui"' in spec and "name=NAME" in spec
    assert "studio-dsar.ico" in spec and "studio-dsar.icns" in spec and "CFBundleDocumentTypes" in spec
    iss = (REPO / "installers" / "windows" / "studio-dsar.iss").read_text(encoding="utf-8")
    assert "studio-dsar.exe" in iss and "studio-dsar-gui.exe" in iss and ".eml" in iss and ".msg" in iss


# -- the built Linux package ---------------------------------------------------------------------
def _deb() -> Path:
    if not sys.platform.startswith("linux"):
        pytest.skip("the .deb smoke test runs on Linux")
    debs = sorted((REPO / "dist").glob(f"studio-dsar_{version()}_*.deb"))
    if not debs:
        pytest.skip(f"no dist/studio-dsar_{version()}_*.deb: run `make package` first (make test does not build it)")
    return debs[-1]


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory) -> Path:
    deb = _deb()
    root = tmp_path_factory.mktemp("deb")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    return root


def clean_env(tmp: Path) -> dict[str, str]:
    """Nothing of this machine's Python, Tesseract or user profile."""
    empty_bin = tmp / "bin"
    empty_bin.mkdir(exist_ok=True)
    home = tmp / "home"
    home.mkdir(exist_ok=True)
    return {"PATH": str(empty_bin), "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}


def test_deb_installs_programs_menu_entry_icons_and_mime(unpacked):
    control = subprocess.run(["dpkg-deb", "-f", str(_deb())], capture_output=True, text=True, check=True).stdout
    assert f"Version: {version()}" in control and "Depends: libc6 (>=" in control
    assert (unpacked / "usr" / "bin" / "studio-dsar").is_symlink()
    assert os.readlink(unpacked / "usr" / "bin" / "studio-dsar-gui") == "/opt/studio-dsar/studio-dsar-gui"
    assert (unpacked / "usr" / "share" / "applications" / "studio-dsar.desktop").is_file()
    assert (unpacked / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps" / "studio-dsar.png").is_file()
    assert (unpacked / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps" / "studio-dsar.svg").is_file()
    assert "*.msg" in (unpacked / "usr" / "share" / "mime" / "packages" / "studio-dsar.xml").read_text()
    internal = unpacked / "opt" / "studio-dsar" / "_internal"
    assert {"eng.traineddata", "nld.traineddata"} <= {p.name for p in (internal / "tessdata").iterdir()}
    licences = internal / "licences"
    for text in ("GPL-3.0.txt", "LGPL-3.0.txt", "AGPL-3.0.txt", "Apache-2.0.txt", "OFL.txt", "THIRD-PARTY.txt"):
        assert (licences / text).is_file(), text
    assert not list(internal.rglob("libtesseract.so.5")), "the system's Tesseract must not be bundled"


def test_packaged_cli_answers_version_in_a_clean_environment(unpacked, tmp_path):
    exe = unpacked / "opt" / "studio-dsar" / "studio-dsar"
    proc = subprocess.run([str(exe), "--version"], env=clean_env(tmp_path), capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"studio-dsar {version()}"


def test_packaged_cli_redacts_a_dev_scan_to_pdf(unpacked, tmp_path):
    scan = SHARED / "idscans" / "dev" / "0004.jpg"
    if not scan.is_file():
        pytest.skip("../shared/idscans not present (corpus lives beside the repo)")
    exe = unpacked / "opt" / "studio-dsar" / "studio-dsar"
    out = tmp_path / "redacted.pdf"
    env = clean_env(tmp_path)
    proc = subprocess.run([str(exe), "--lang", "en", "redact", str(scan), "-o", str(out), "--json"], env=env,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert out.read_bytes()[:5] == b"%PDF-"
    kinds = set(_categories(json.loads(proc.stdout)))
    assert "mrz" in kinds and kinds & {"photo", "portrait"}, kinds  # OCR and face detector both ran
    # the app used its own data folder under the empty HOME, and left no copy of the scan there
    home = Path(env["HOME"])
    assert not [p for p in home.rglob("*") if p.suffix.lower() in (".jpg", ".png", ".pdf")]


def _categories(obj):
    """Every finding's category anywhere in the redaction report."""
    if isinstance(obj, dict):
        if isinstance(obj.get("category"), str):
            yield obj["category"]
        for value in obj.values():
            yield from _categories(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from _categories(value)


def test_packaged_window_starts_offscreen_and_quits(unpacked, tmp_path):
    exe = unpacked / "opt" / "studio-dsar" / "studio-dsar-gui"
    started = time.time()
    proc = subprocess.run([str(exe), "--smoke-test"], env=clean_env(tmp_path), capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    shown = [ln for ln in proc.stdout.splitlines() if ln.startswith("window shown at ")]
    assert shown, proc.stdout + proc.stderr
    assert float(shown[0].split()[-1]) >= started
