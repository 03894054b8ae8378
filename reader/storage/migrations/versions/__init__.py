"""Numbered migrations; 0001 is the first schema."""
