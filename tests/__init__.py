"""Reader's test suite: real SQLite, a real index, real widgets and the real corpus."""
