#!/bin/sh
# Install InfoShare Desktop for every user of this PC (run as root, from the unpacked
# tarball): the program in /opt/infoshare, the `infoshare` command in /usr/local/bin,
# and the menu entry and icons under /usr/share.
#
# Installing over an older version replaces the program only. Nobody's data is
# touched: each user's database, keyring and logs stay in their own folders, and the
# machine-wide settings in /etc/infoshare/config.ini stay as IT left them.
#
# DESTDIR=/some/root installs into a staging folder instead (for building images).
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=${DESTDIR:-}
APP=/opt/infoshare

if [ -z "$ROOT" ] && [ "$(id -u)" -ne 0 ]; then
    echo "Run this as root (for example: sudo ./install.sh)." >&2
    exit 1
fi
if [ ! -x "$HERE/infoshare/infoshare" ]; then
    echo "The program folder is missing: run install.sh from the unpacked tarball." >&2
    exit 1
fi

# The new program goes in beside the old one and then replaces it in one step.
mkdir -p "$ROOT/opt"
rm -rf "$ROOT$APP.new"
cp -a "$HERE/infoshare" "$ROOT$APP.new"
rm -rf "$ROOT$APP.old"
if [ -e "$ROOT$APP" ]; then
    mv "$ROOT$APP" "$ROOT$APP.old"
fi
mv "$ROOT$APP.new" "$ROOT$APP"
rm -rf "$ROOT$APP.old"
chmod -R a+rX,go-w "$ROOT$APP"

mkdir -p "$ROOT/usr/local/bin"
ln -sfn "$APP/infoshare" "$ROOT/usr/local/bin/infoshare"

install -D -m 644 "$HERE/infoshare.desktop" "$ROOT/usr/share/applications/infoshare.desktop"
for png in "$HERE"/icons/infoshare-*.png; do
    size=$(basename "$png" .png | sed 's/^infoshare-//')
    install -D -m 644 "$png" "$ROOT/usr/share/icons/hicolor/${size}x${size}/apps/infoshare.png"
done
install -D -m 644 "$HERE/icons/infoshare.svg" \
    "$ROOT/usr/share/icons/hicolor/scalable/apps/infoshare.svg"

if [ -z "$ROOT" ]; then
    command -v update-desktop-database >/dev/null 2>&1 \
        && update-desktop-database -q /usr/share/applications || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 \
        && gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
fi
echo "InfoShare Desktop $(cat "$HERE/VERSION") is installed in $APP."
