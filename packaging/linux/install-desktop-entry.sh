#!/usr/bin/env bash
# Register checkin for the current user: menu entry, icon, and double-click on *.checkin files.
# Usage: packaging/linux/install-desktop-entry.sh /path/to/checkin-bundle-or-venv/bin/checkin
set -euo pipefail
BIN="${1:?path to the checkin executable}"
HERE="$(cd "$(dirname "$0")" && pwd)"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$DATA/applications" "$DATA/mime/packages" "$DATA/icons/hicolor/512x512/apps"
sed "s|^Exec=checkin|Exec=$BIN|" "$HERE/checkin.desktop" > "$DATA/applications/checkin.desktop"
cp "$HERE/checkin-mime.xml" "$DATA/mime/packages/checkin.xml"
ICON="$HERE/../../resources/icons/checkin.png"
[ -f "$ICON" ] || ICON="$(dirname "$BIN")/_internal/checkin/resources/icons/checkin.png"
cp "$ICON" "$DATA/icons/hicolor/512x512/apps/checkin.png"
command -v update-mime-database >/dev/null && update-mime-database "$DATA/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$DATA/applications" || true
command -v xdg-mime >/dev/null && xdg-mime default checkin.desktop application/x-checkin-event || true
echo "checkin registered: *.checkin files open with $BIN"
