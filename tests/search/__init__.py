"""Tests of reader/search: the index, the query language, ranking and the gram table."""
