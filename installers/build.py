"""Build the stand-alone app for the platform this runs on (``make package``).

    python installers/build.py            # everything: bundle, then the platform's package
    python installers/build.py --no-installer   # only the PyInstaller folder (build/dist/studio-dsar)

Steps, the same on every platform (run inside the project's virtual environment with the
``[package]`` extra installed):

1. ``build/bundle-extra/tessdata``: Tesseract's English and Dutch language data, copied from
   an installed copy (``$STUDIO_DSAR_TESSDATA_SRC``, else the system's: Debian's
   ``tesseract-ocr-eng``/``-nld``, Homebrew's ``tesseract-lang``, the Windows installer's).
2. ``build/bundle-extra/licences``: the licence texts the app ships, plus every bundled
   distribution's own licence files and a list of them (``THIRD-PARTY.txt``).
3. PyInstaller with ``installers/studio-dsar.spec`` -> ``build/dist/studio-dsar`` (on macOS
   also ``build/dist/studio-dsar.app``): two programs, ``studio-dsar`` (command line) and
   ``studio-dsar-gui`` (window).
4. The package: Linux ``dist/studio-dsar_<version>_<arch>.deb`` (dpkg-deb); Windows
   ``dist/studio-dsar-<version>-setup.exe`` (Inno Setup's ``iscc``); macOS
   ``dist/studio-dsar-<version>.dmg`` (hdiutil), signed and notarised when the credentials are in
   the environment (see installers/README.md).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build"
EXTRA = BUILD / "bundle-extra"
DIST = ROOT / "dist"
APP_DIR = BUILD / "dist" / "studio-dsar"
NAME = "studio-dsar"
OCR_LANGUAGES = ("eng", "nld")
SYSTEM_TESSDATA = (
    "/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tesseract/tessdata", "/usr/share/tessdata", "/opt/homebrew/share/tessdata",
    "/usr/local/share/tessdata", "/opt/local/share/tessdata", r"C:\Program Files\Tesseract-OCR\tessdata",
)
LICENCE_FILE = re.compile(r"(^|/)(licen[cs]e|copying|notice|authors|copyright)[^/]*$", re.I)


def say(msg: str) -> None:
    print(f"[package] {msg}", flush=True)


def version() -> str:
    import tomllib

    with (ROOT / "pyproject.toml").open("rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


# -- 1. OCR language data -----------------------------------------------------------------------
def find_tessdata() -> Path:
    candidates = [os.environ.get("STUDIO_DSAR_TESSDATA_SRC"), os.environ.get("TESSDATA_PREFIX"), *SYSTEM_TESSDATA]
    for c in candidates:
        if c and all((Path(c) / f"{lang}.traineddata").is_file() for lang in OCR_LANGUAGES):
            return Path(c)
    raise SystemExit(
        "No Tesseract language data for " + "+".join(OCR_LANGUAGES) + " found. Install it "
        "(Debian/Ubuntu: apt-get install tesseract-ocr-eng tesseract-ocr-nld; macOS: brew install "
        "tesseract-lang; Windows: the Tesseract installer with Dutch) or point "
        "STUDIO_DSAR_TESSDATA_SRC at a folder holding eng.traineddata and nld.traineddata.")


def prepare_tessdata() -> Path:
    src = find_tessdata()
    dst = EXTRA / "tessdata"
    shutil.rmtree(dst, ignore_errors=True)
    dst.mkdir(parents=True)
    for lang in OCR_LANGUAGES:
        shutil.copy2(src / f"{lang}.traineddata", dst / f"{lang}.traineddata")
    # The program's output formats (tsv, ...) are config files beside the data.
    if (src / "configs").is_dir():
        shutil.copytree(src / "configs", dst / "configs")
    (dst / "README.txt").write_text(
        "Tesseract language data (tessdata_fast) for " + ", ".join(OCR_LANGUAGES) + ".\n"
        "Copyright 2006-2022 Google Inc. and others; licensed under the Apache License 2.0\n"
        "(licences/Apache-2.0.txt). Source: the tesseract-ocr tessdata_fast repository,\n"
        f"copied at build time from {src}.\n", encoding="utf-8")
    size = sum(p.stat().st_size for p in dst.rglob("*") if p.is_file())
    say(f"language data {'+'.join(OCR_LANGUAGES)} from {src} ({size / 1e6:.1f} MB)")
    return dst


# -- 2. licences -------------------------------------------------------------------------------
def runtime_distributions() -> list[metadata.Distribution]:
    """studio-dsar and everything it needs at run time (its requirements, recursively)."""
    from packaging.markers import default_environment
    from packaging.requirements import Requirement

    env = default_environment()
    seen: dict[str, metadata.Distribution] = {}
    todo = ["studio-dsar"]
    while todo:
        name = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = dist
        for raw in dist.requires or []:
            req = Requirement(raw)
            if req.marker is not None and not req.marker.evaluate({**env, "extra": ""}):
                continue
            todo.append(req.name)
    return sorted(seen.values(), key=lambda d: d.metadata["Name"].lower())


EXCLUDED_DISTS = {"pymupdf-layout", "pymupdf4llm", "onnxruntime", "networkx", "sympy", "mpmath"}


def licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expr = meta.get("License-Expression")
    if expr:
        return expr
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    lic = (meta.get("License") or "").strip()
    if lic and len(lic) < 80 and "\n" not in lic:
        return lic
    return "; ".join(classifiers) or "see the licence files"


def prepare_licences() -> Path:
    dst = EXTRA / "licences"
    shutil.rmtree(dst, ignore_errors=True)
    dst.mkdir(parents=True)
    resources = ROOT / "studio_dsar" / "resources"
    for f in (resources / "licences").iterdir():
        shutil.copy2(f, dst / f.name)
    shutil.copy2(resources / "fonts" / "OFL.txt", dst / "OFL.txt")
    lines = [
        f"studio-dsar {version()} is free software under the GPL-3.0-or-later (GPL-3.0.txt).",
        "It bundles the parts listed below; their licence texts are in this folder (shared texts",
        "by their SPDX name, each Python distribution's own files in a folder of its name).",
        "PyMuPDF is under the AGPL-3.0 (AGPL-3.0.txt): a distributed package of studio-dsar is",
        "therefore under the AGPL-3.0 as a whole, and its complete source is available to everyone",
        "who receives it.",
        "",
        f"Python {platform.python_version()}: PSF-2.0",
        "Tesseract OCR language data (eng, nld; tessdata_fast): Apache-2.0 (Apache-2.0.txt)",
        "Noto Sans fonts: OFL-1.1 (OFL.txt)",
        "Qt 6 (through PySide6): LGPL-3.0-only (LGPL-3.0.txt); the Qt libraries are separate files",
        "in the package and can be replaced.",
        "",
        "Python distributions:",
    ]
    for dist in runtime_distributions():
        name = dist.metadata["Name"]
        if re.sub(r"[-_.]+", "-", name).lower() in EXCLUDED_DISTS:
            continue
        own = [f for f in dist.files or [] if LICENCE_FILE.search(str(f)) and "/tests/" not in str(f)]
        copied = 0
        for f in own:
            path = Path(dist.locate_file(f))
            if path.is_file() and path.stat().st_size < 512_000:
                target = dst / name / str(f).replace("/", "__")
                target.parent.mkdir(exist_ok=True)
                shutil.copy2(path, target)
                copied += 1
        where = f" ({name}/)" if copied else ""
        lines.append(f"  {name} {dist.version}: {licence_of(dist)}{where}")
    (dst / "THIRD-PARTY.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    say(f"licences: {sum(1 for _ in dst.rglob('*') if _.is_file())} files")
    return dst


# -- 3. PyInstaller ----------------------------------------------------------------------------
def tesseract_program() -> str | None:
    """The system's tesseract program, bundled only on request (``STUDIO_DSAR_BUNDLE_TESSERACT=yes``).

    By default a package runs OCR in-process with the library tesserocr's wheel carries, the
    one way that works alike on Linux, Windows and macOS. Bundling Debian's program instead
    also bundles some 60 MB of the system libraries it links to (ICU, GnuTLS, GLib, X11).
    """
    if os.environ.get("STUDIO_DSAR_BUNDLE_TESSERACT", "no") != "yes":
        return None
    found = shutil.which("tesseract")
    if found is None:
        raise SystemExit("STUDIO_DSAR_BUNDLE_TESSERACT=yes but no tesseract program on PATH")
    return str(Path(found).resolve())


def run_pyinstaller() -> None:
    env = dict(os.environ)
    program = tesseract_program()
    if program:
        env["STUDIO_DSAR_TESSERACT_PROGRAM"] = program
        say(f"bundling the OCR program {program}")
    else:
        env.pop("STUDIO_DSAR_TESSERACT_PROGRAM", None)
    if sys.platform == "win32":
        env["STUDIO_DSAR_WIN_VERSION_FILE"] = str(write_windows_version_file())
    t0 = time.monotonic()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(BUILD / "dist"), "--workpath", str(BUILD / "pyinstaller"),
                    str(ROOT / "installers" / "studio-dsar.spec")], check=True, cwd=ROOT, env=env)
    say(f"PyInstaller took {time.monotonic() - t0:.0f} s; {APP_DIR} is {tree_size(APP_DIR) / 1e6:.0f} MB")


def tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def write_windows_version_file() -> Path:
    v = version()
    nums = (*[int(x) for x in re.findall(r"\d+", v)[:4]], 0, 0, 0, 0)[:4]
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={nums}, prodvers={nums}, mask=0x3f, flags=0x0, OS=0x40004, fileType=0x1,
                    subtype=0x0, date=(0, 0)),
  kids=[StringFileInfo([StringTable('040904B0', [
    StringStruct('CompanyName', 'studio-dsar'), StringStruct('FileDescription', 'studio-dsar'),
    StringStruct('FileVersion', '{v}'), StringStruct('ProductName', 'studio-dsar'),
    StringStruct('ProductVersion', '{v}'), StringStruct('LegalCopyright', 'GPL-3.0-or-later')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])]
)
"""
    path = BUILD / "windows-version.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# -- 4. the platform's package -----------------------------------------------------------------
def glibc_needed(folder: Path) -> str:
    """The newest GLIBC symbol version any bundled ELF file asks for (for the .deb's Depends)."""
    best = (2, 17)
    pattern = re.compile(rb"GLIBC_2\.(\d+)(?:\.(\d+))?\x00")
    for path in folder.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as fh:
            if fh.read(4) != b"\x7fELF":
                continue
            data = fh.read()
        for m in pattern.finditer(data):
            best = max(best, (2, int(m.group(1))))
    return f"{best[0]}.{best[1]}"


# Libraries the package does not carry because every Linux desktop has them (Qt's xcb
# platform plugin, OpenGL, fonts, D-Bus for the keychain, time zones).
DEB_DEPENDS = [
    "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0",
    "libxcb-shape0", "libxcb-xkb1", "libxkbcommon-x11-0", "libxkbcommon0", "libegl1", "libgl1",
    "libfontconfig1", "libfreetype6", "libdbus-1-3", "tzdata",
]
MIME_XML = """<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="application/vnd.ms-outlook">
    <comment>Outlook message</comment>
    <comment xml:lang="nl">Outlook-bericht</comment>
    <glob pattern="*.msg"/>
  </mime-type>
  <mime-type type="message/rfc822">
    <comment>E-mail message</comment>
    <comment xml:lang="nl">E-mailbericht</comment>
    <glob pattern="*.eml"/>
  </mime-type>
</mime-info>
"""


def build_deb() -> Path:
    v = version()
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()
    stage = BUILD / "deb"
    shutil.rmtree(stage, ignore_errors=True)
    opt = stage / "opt" / NAME
    shutil.copytree(APP_DIR, opt, symlinks=True)
    bindir = stage / "usr" / "bin"
    bindir.mkdir(parents=True)
    for exe in (NAME, f"{NAME}-gui"):
        (bindir / exe).symlink_to(f"/opt/{NAME}/{exe}")
    share = stage / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(ROOT / "installers" / "linux" / f"{NAME}.desktop", share / "applications" / f"{NAME}.desktop")
    icons = ROOT / "assets" / "icons"
    for png in sorted((icons / "png").glob(f"{NAME}-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"
        target.parent.mkdir(parents=True)
        shutil.copy2(png, target)
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(icons / f"{NAME}.svg", scalable / f"{NAME}.svg")
    (share / "mime" / "packages").mkdir(parents=True)
    (share / "mime" / "packages" / f"{NAME}.xml").write_text(MIME_XML, encoding="utf-8")
    doc = share / "doc" / NAME
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        f"Upstream-Name: {NAME}\n\nFiles: *\nLicense: GPL-3.0-or-later\n"
        f"Comment: The bundled third-party parts and their licences are listed in\n"
        f" /opt/{NAME}/_internal/licences/THIRD-PARTY.txt; PyMuPDF (AGPL-3.0) makes the package\n"
        " as a whole AGPL-3.0. On Debian systems the GPL-3 is in /usr/share/common-licenses/GPL-3.\n",
        encoding="utf-8")
    debian = stage / "DEBIAN"
    debian.mkdir()
    installed_kb = (tree_size(stage) + 1023) // 1024
    depends = ", ".join([f"libc6 (>= {glibc_needed(opt)})", *DEB_DEPENDS])
    (debian / "control").write_text(
        f"Package: {NAME}\nVersion: {v}\nArchitecture: {arch}\nMaintainer: studio-dsar <studio-dsar@localhost>\n"
        f"Installed-Size: {installed_kb}\nDepends: {depends}\nSection: utils\nPriority: optional\n"
        "Description: GDPR data-subject requests (AVG-verzoeken) for a small studio\n"
        " Log requests from e-mail (.eml/.msg), black out ID scans (portrait, MRZ, document\n"
        " number, BSN / rijksregisternummer), track the one-month deadline and write the\n"
        " response letters, entirely on this computer. Bundles its own Python, Qt, the\n"
        " Tesseract OCR engine with English and Dutch data, the face detector and fonts.\n",
        encoding="utf-8")
    DIST.mkdir(exist_ok=True)
    out = DIST / f"{NAME}_{v}_{arch}.deb"
    # xz makes the smallest file (157 MB) but takes minutes on two cores; STUDIO_DSAR_DEB_COMPRESSION=gzip
    # (about a minute) suits a quick check.
    compression = os.environ.get("STUDIO_DSAR_DEB_COMPRESSION", "xz")
    if compression not in ("xz", "gzip", "zstd", "none"):
        raise SystemExit(f"STUDIO_DSAR_DEB_COMPRESSION={compression}: use xz, gzip, zstd or none")
    subprocess.run(["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--threads-max=2", "--build",
                    str(stage), str(out)], check=True, stdout=subprocess.DEVNULL)
    say(f"{out.relative_to(ROOT)}: {out.stat().st_size / 1e6:.0f} MB (installed {installed_kb / 1024:.0f} MB)")
    return out


def build_windows_installer() -> Path:
    iscc = shutil.which("iscc") or r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
    if not Path(iscc).exists():
        raise SystemExit("Inno Setup's ISCC.exe not found (choco install innosetup)")
    DIST.mkdir(exist_ok=True)
    subprocess.run([iscc, f"/DAppVersion={version()}", f"/DSourceDir={APP_DIR}", f"/DRepoRoot={ROOT}",
                    f"/O{DIST}", str(ROOT / "installers" / "windows" / "studio-dsar.iss")], check=True)
    out = DIST / f"{NAME}-{version()}-setup.exe"
    if os.environ.get("WINDOWS_SIGN_CERT"):  # a PFX file; the password in WINDOWS_SIGN_PASSWORD
        subprocess.run(["signtool", "sign", "/fd", "SHA256", "/tr", "http://timestamp.digicert.com", "/td", "SHA256",
                        "/f", os.environ["WINDOWS_SIGN_CERT"], "/p", os.environ.get("WINDOWS_SIGN_PASSWORD", ""),
                        str(out)], check=True)
    return out


def build_macos_dmg() -> Path:
    app = BUILD / "dist" / f"{NAME}.app"
    identity = os.environ.get("MACOS_SIGN_IDENTITY")
    entitlements = ROOT / "installers" / "macos" / "entitlements.plist"
    if identity:  # hardened runtime, as notarisation requires
        subprocess.run(["codesign", "--force", "--deep", "--options", "runtime", "--timestamp",
                        "--entitlements", str(entitlements), "--sign", identity, str(app)], check=True)
    DIST.mkdir(exist_ok=True)
    out = DIST / f"{NAME}-{version()}.dmg"
    out.unlink(missing_ok=True)
    stage = BUILD / "dmg"
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True)
    subprocess.run(["ditto", str(app), str(stage / f"{NAME}.app")], check=True)
    (stage / "Applications").symlink_to("/Applications")
    subprocess.run(["hdiutil", "create", "-volname", NAME, "-srcfolder", str(stage), "-ov",
                    "-format", "UDZO", str(out)], check=True)
    if identity:
        subprocess.run(["codesign", "--sign", identity, "--timestamp", str(out)], check=True)
    if identity and os.environ.get("MACOS_NOTARY_APPLE_ID"):
        subprocess.run(["xcrun", "notarytool", "submit", str(out), "--wait",
                        "--apple-id", os.environ["MACOS_NOTARY_APPLE_ID"],
                        "--team-id", os.environ["MACOS_NOTARY_TEAM_ID"],
                        "--password", os.environ["MACOS_NOTARY_PASSWORD"]], check=True)
        subprocess.run(["xcrun", "stapler", "staple", str(out)], check=True)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-installer", action="store_true", help="stop after the PyInstaller folder")
    parser.add_argument("--reuse-bundle", action="store_true",
                        help="skip PyInstaller when build/dist/studio-dsar exists (package again only)")
    args = parser.parse_args(argv)
    t0 = time.monotonic()
    prepare_tessdata()
    prepare_licences()
    if not (args.reuse_bundle and APP_DIR.is_dir()):
        run_pyinstaller()
    if args.no_installer:
        return 0
    if sys.platform.startswith("linux"):
        out = build_deb()
    elif sys.platform == "win32":
        out = build_windows_installer()
    elif sys.platform == "darwin":
        out = build_macos_dmg()
    else:
        raise SystemExit(f"no package format for {sys.platform}")
    say(f"done in {time.monotonic() - t0:.0f} s: {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
