#!/bin/sh
# Remove InfoShare Desktop from this PC (run as root). Only the program, its menu
# entry, icons and command go. Every user's data (~/.local/share/InfoShare: the
# database, keyring and backups), their logs and settings, and the machine-wide
# settings in /etc/infoshare are kept: delete those by hand only when the records in
# them have been archived under your retention policy.
set -eu

ROOT=${DESTDIR:-}
if [ -z "$ROOT" ] && [ "$(id -u)" -ne 0 ]; then
    echo "Run this as root (for example: sudo ./uninstall.sh)." >&2
    exit 1
fi
rm -rf "$ROOT/opt/infoshare"
if [ -L "$ROOT/usr/local/bin/infoshare" ]; then
    rm -f "$ROOT/usr/local/bin/infoshare"
fi
rm -f "$ROOT/usr/share/applications/infoshare.desktop"
rm -f "$ROOT"/usr/share/icons/hicolor/*/apps/infoshare.png \
      "$ROOT/usr/share/icons/hicolor/scalable/apps/infoshare.svg"
echo "InfoShare Desktop is removed. Users' data and /etc/infoshare are kept."
