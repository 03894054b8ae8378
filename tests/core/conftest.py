"""Fixtures for the core tests."""

from __future__ import annotations

import pytest

from reader.core import frontmatter

YAML_PARSERS = {"libyaml": getattr(frontmatter, "LibyamlLoader", None),
                "python": frontmatter.PythonLoader}  # fmt: skip


@pytest.fixture(params=list(YAML_PARSERS))
def yaml_parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Front matter read by this YAML parser: libyaml (Reader's choice) or PyYAML's own.

    PyYAML's parser written in Python is what Reader falls back to where PyYAML was built
    without libyaml; the schema, the bounds and the messages must be the same over both.
    """
    loader = YAML_PARSERS[request.param]
    if loader is None:
        pytest.skip("this PyYAML was built without libyaml")
    monkeypatch.setattr(frontmatter, "_Loader", loader)
    return str(request.param)
