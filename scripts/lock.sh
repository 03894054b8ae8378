#!/usr/bin/env bash
# Regenerates the lock files from pyproject.toml's ranges: exact versions with hashes, for
# Python 3.11 and later on every platform. Run it after changing a dependency, then commit both.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/uv ] || .venv/bin/python -m pip install -q uv
.venv/bin/uv pip compile pyproject.toml --generate-hashes --universal --python-version 3.11 \
  -o requirements/app.lock -q "$@"
.venv/bin/uv pip compile pyproject.toml --extra dev --generate-hashes --universal \
  --python-version 3.11 -o requirements/dev.lock -q "$@"
.venv/bin/uv pip compile pyproject.toml --extra bundle --generate-hashes --universal \
  --python-version 3.11 -o requirements/bundle.lock -q "$@"
