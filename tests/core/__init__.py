"""Tests of reader/core: posts, conversion, reading text and anchoring."""
