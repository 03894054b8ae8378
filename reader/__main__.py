"""Lets `python -m reader` behave like the `reader` command."""

from reader.cli import main

raise SystemExit(main())
