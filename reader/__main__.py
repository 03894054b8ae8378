"""Lets `python -m reader` behave like the `reader` command."""

from reader.cli import main

if __name__ == "__main__":  # not when a spawned index builder imports the main module
    raise SystemExit(main())
