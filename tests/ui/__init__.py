"""Tests of reader/ui: the window and its parts, offscreen."""
