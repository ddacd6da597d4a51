#!/usr/bin/env bash
# Extract every user-facing string (tr(), translate(), QT_TRANSLATE_NOOP) into the
# Welsh translation file, keeping what translators have already done.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(find infoshare_desktop -name '*.py' -not -path '*/migrations/*' | sort)
.venv/bin/pyside6-lupdate "${sources[@]}" -ts infoshare_desktop/assets/translations/infoshare_cy.ts
