#!/usr/bin/env bash
# Sets everything up and runs the whole check: lint, types, and the test suite (offscreen Qt),
# one test process per core, then prints the suite's branch coverage of each layer.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --dev
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
.venv/bin/lint-imports --no-cache >/dev/null || .venv/bin/lint-imports --no-cache
.venv/bin/python -m pytest -q -p no:cacheprovider -n auto --cov --cov-report= "$@"
.venv/bin/python scripts/coverage_layers.py
