"""Benchmarks: search and window figures against a baseline measured in the same run."""
