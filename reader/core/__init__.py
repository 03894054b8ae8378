"""Qt-free and database-free building blocks: post parsing, conversion, reading text."""
