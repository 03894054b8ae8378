"""The bundle's entry point: Reader installed in the bundling environment, as `reader`."""

from reader.cli import main

if __name__ == "__main__":  # not when a spawned index builder imports the main module
    raise SystemExit(main())
