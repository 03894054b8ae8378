#!/usr/bin/env bash
# Translations. `scripts/translations.sh update` extracts the window's strings into the
# catalogues in resources/i18n (run it after changing a string, then translate what it
# marks unfinished, with pyside6-linguist or by hand); `scripts/translations.sh compile`
# (run by setup.sh and bundle.sh) compiles them into .qm files beside them.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
BIN="$(dirname "$PY")"
case "${1:-compile}" in
  update)
    "$BIN/pyside6-lupdate" -no-obsolete -locations none reader/ui/*.py reader/app.py \
      -ts resources/i18n/reader_zh_CN.ts resources/i18n/reader_zh_TW.ts resources/i18n/reader_en.ts
    ;;
  compile)
    for ts in resources/i18n/*.ts; do
      "$BIN/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
    done
    ;;
  *) echo "usage: $0 update|compile" >&2; exit 2 ;;
esac
