"""Tests of the sdist, the wheel and the bundle."""
