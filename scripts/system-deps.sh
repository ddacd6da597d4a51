#!/usr/bin/env bash
# Make sure the Debian packages the tests need are installed; install only what is missing.
#
# - The shared libraries PySide6's Qt loads with QT_QPA_PLATFORM=offscreen (QtCore,
#   QtGui, QtWidgets, QtPdf and the offscreen platform plugin; found with ldd), plus a
#   font so text can be drawn.
# - poppler-utils, for pdftoppm (looking at generated reports as images).
# - postgresql: the storage, service and report tests also run against a throwaway
#   PostgreSQL server started by the tests (psycopg's binary wheel brings libpq).
#
# Quiet when everything is present. On a machine without apt-get (not Debian or
# Ubuntu) it only says what it would have checked.
set -euo pipefail

packages=(
    libgl1            # libGL.so.1, libGLX.so.0 (QtGui)
    libegl1           # libEGL.so.1 (QtGui, offscreen plugin)
    libxkbcommon0     # libxkbcommon.so.0 (QtGui)
    libfontconfig1    # libfontconfig.so.1 (offscreen plugin)
    libfreetype6      # libfreetype.so.6 (offscreen plugin)
    libdbus-1-3       # libdbus-1.so.3 (QtDBus, loaded by QtGui)
    libglib2.0-0      # libglib-2.0.so.0, libgthread-2.0.so.0 (QtCore event loop)
    libx11-6          # libX11.so.6 (offscreen plugin's GLX support)
    libgssapi-krb5-2  # libgssapi_krb5.so.2 (QtNetwork, loaded by QtPdf)
    fonts-dejavu-core # a font for offscreen rendering and screenshots
    poppler-utils     # pdftoppm
    postgresql        # PostgreSQL 15 server (initdb, pg_ctl, unaccent) for tests/pg_server.py
)

if ! command -v dpkg >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "system-deps: not a Debian-style system; make sure these (or their equivalents)" \
        "are installed: ${packages[*]}" >&2
    exit 0
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg -s "$package" >/dev/null 2>&1; then
        missing+=("$package")
    fi
done

if [ "${#missing[@]}" -eq 0 ]; then
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "system-deps: these Debian packages are missing: ${missing[*]}" >&2
    echo "system-deps: install them with: sudo apt-get update && sudo apt-get install -y" \
        "${missing[*]}" >&2
    exit 1
fi

echo "system-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
