"""Tests of reader/storage: the schema, its migrations and its queries."""
