#!/usr/bin/env bash
# Install the Debian/Ubuntu packages checkin needs, only those missing (fast and harmless when run twice).
set -euo pipefail
if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
  echo "No apt-get here: install zbar and Python 3.11+ yourself (see README, 'Install on Windows and macOS')."
  exit 0
fi
PACKAGES=(
  python3 python3-venv python3-pip
  libzbar0 libpulse0 libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libegl1 libgl1 libfontconfig1
  libdbus-1-3 libglib2.0-0 fonts-dejavu-core fonts-noto-core xvfb xauth poppler-utils sqlite3
  cups cups-client cups-bsd printer-driver-cups-pdf ghostscript fonts-droid-fallback
  # The spreadsheet tests open every CSV/XLSX the app writes with LibreOffice (soffice --headless
  # --convert-to). The headless Calc alone: 88 MB download, about 20 s to fetch and install.
  libreoffice-calc-nogui
  # Tests only: Pillow's libraqm layout (FriBidi, loaded at run time) sets the reference the shaped Arabic
  # and Devanagari in our PDFs are compared with.
  libfribidi0
  # Tests only: the demo's first day is checked at 23:30 UTC, when Berlin is already a day further.
  faketime
)
missing=()
for pkg in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
# A Python other than Debian's (pyenv, deadsnakes) brings its own venv module.
if python3 -c "import venv, ensurepip" 2>/dev/null; then
  missing=("${missing[@]/python3-venv}"); missing=("${missing[@]/python3-pip}")
fi
missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
