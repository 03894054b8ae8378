#!/usr/bin/env bash
# Builds the PyInstaller one-folder bundle in dist/reader/ and smoke-tests it: --version, a
# new library's welcome articles in the window (offscreen), a second launch handing over a
# file, import and search. Too slow for every CI run (a few minutes), so it is its own step.
# Usage: scripts/bundle.sh            (needs ../shared/corpus/posts for the smoke test)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh  # the system libraries Qt loads and a CJK font

VENV=.venv-bundle
PY="$VENV/bin/python"
[ -x "$PY" ] || python3 -m venv "$VENV"
"$PY" -m pip install -q --upgrade pip >/dev/null 2>&1 || true
"$PY" -m pip install -q --require-hashes -r requirements/bundle.lock
PYTHON="$PY" bash scripts/translations.sh compile     # the .qm files go into the wheel
"$PY" -m pip install -q --no-deps --force-reinstall .   # a wheel, as users get it
# (From here, Python runs with -P: the checkout's reader/ must not shadow the installed one.)

OUT=build/bundle
rm -rf "$OUT" dist/reader
mkdir -p "$OUT"
# The icon PyInstaller embeds (Windows, macOS): drawn from the SVG, as `reader desktop` does.
QT_QPA_PLATFORM=offscreen "$PY" -P -c "
from pathlib import Path
from reader.services.welcome import icon_path
from reader.ui.desktopfiles import render_png
render_png(icon_path(), 256, Path('$OUT/reader-256.png'))"

# The licences of everything the bundle ships: what each package says (pip-licenses), and,
# from packaging/licenses/, the texts of those whose wheels carry none (Qt for Python's
# LGPL, rjieba's MIT licence).
shipped=$(grep -E '^[a-z0-9]' requirements/app.lock | cut -d= -f1 | sort -u | tr '\n' ' ')
"$PY" -m piplicenses --from=mixed --with-urls --with-license-file --with-notice-file \
  --no-license-path --format=plain-vertical --packages $shipped > "$OUT/THIRD-PARTY-LICENSES.txt"
"$PY" -m piplicenses --from=mixed --format=markdown --packages $shipped > "$OUT/LICENSES.md"

"$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath dist \
  --workpath "$OUT/work" packaging/reader.spec

mkdir -p dist/reader/licenses
cp LICENSE dist/reader/LICENSE
cp "$OUT/THIRD-PARTY-LICENSES.txt" "$OUT/LICENSES.md" packaging/licenses/* dist/reader/licenses/

"$PY" scripts/bundle_smoke.py dist/reader/reader
