#!/usr/bin/env bash
# Sets up everything Reader needs on a fresh Debian/Ubuntu machine: the system libraries Qt
# loads, a CJK font, and a virtual environment in .venv with Reader installed.
# Usage: scripts/setup.sh [--dev]   (--dev adds the test and lint tools)
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0
  libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxcb-shm0
  libxcb-sync1 fonts-noto-cjk
)
# The test suite also validates the desktop entry and the AppStream metadata.
[ "${1:-}" = "--dev" ] && SYSTEM_PACKAGES+=(desktop-file-utils appstream)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
# Exact versions with their hashes (requirements/*.lock, made by scripts/lock.sh), so every
# machine runs what CI tested; then Reader itself on top, without resolving anything again.
LOCK=requirements/app.lock
[ "${1:-}" = "--dev" ] && LOCK=requirements/dev.lock
pip_quietly() {  # pip's output only when it fails
  local out
  if ! out=$(.venv/bin/python -m pip "$@" 2>&1); then
    printf '%s\n' "$out" | grep -v "^WARNING: Location" >&2
    return 1
  fi
}
pip_quietly install -q --require-hashes -r "$LOCK"
pip_quietly install -q --no-deps -e .
PYTHON=.venv/bin/python bash scripts/translations.sh compile
pip_quietly check
