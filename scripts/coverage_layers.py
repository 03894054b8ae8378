"""Print the test suite's branch coverage of each layer of `reader/` (and of the whole).

Run after `pytest --cov` (scripts/test.sh does): reads the coverage data it left, and counts
statements and branches together, as `coverage report` does for a single file.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from coverage import Coverage
from coverage.exceptions import NoDataError

ROOT = Path(__file__).resolve().parents[1]
LAYERS = ("core", "storage", "search", "services", "ui")


def main() -> int:
    """Print one line per layer: covered and all statements and branches, and the percent."""
    cov = Coverage(config_file=str(ROOT / "pyproject.toml"))
    cov.load()
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "coverage.json"
        try:
            cov.json_report(outfile=str(report))
        except NoDataError:
            print("no coverage data: run the tests with --cov first", file=sys.stderr)
            return 1
        files = json.loads(report.read_text(encoding="utf-8"))["files"]
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for name, measured in files.items():
        parts = Path(name).parts
        if parts[0] != "reader":
            continue
        layer = parts[1] if len(parts) > 2 and parts[1] in LAYERS else "other"
        summary = measured["summary"]
        covered = summary["covered_lines"] + summary.get("covered_branches", 0)
        of = summary["num_statements"] + summary.get("num_branches", 0)
        for key in (layer, "all"):
            totals[key][0] += covered
            totals[key][1] += of
    print("branch coverage of reader/ by layer (statements and branches):")
    for layer in (*LAYERS, "other", "all"):
        done, of = totals.get(layer, (0, 0))
        if of:
            print(f"  {layer:10} {100 * done / of:5.1f}%   {done:6d} of {of:6d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
