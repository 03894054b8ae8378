"""The tests marked ``stress`` run with no coverage tracing, in xdist workers too."""

from __future__ import annotations

import sys

import pytest


@pytest.mark.stress
def test_a_stress_test_runs_untraced(request: pytest.FixtureRequest) -> None:
    if not getattr(request.config.option, "cov_source", None):
        pytest.skip("coverage is not measured in this run")
    assert sys.gettrace() is None


def test_other_tests_are_traced(request: pytest.FixtureRequest) -> None:
    if not getattr(request.config.option, "cov_source", None):
        pytest.skip("coverage is not measured in this run")
    assert sys.gettrace() is not None
