#!/usr/bin/env bash
# Sets Reader up (first time only) and opens it. With no library yet, Reader starts with its
# built-in welcome articles. Extra arguments go to the `reader` command.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/reader "$@"
