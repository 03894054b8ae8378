"""Splitting a post into front matter (YAML `---` or TOML `+++`) and body."""

from __future__ import annotations

import re
import tomllib
from typing import Any

import yaml

from reader.core.errors import PostError

_YAML_BLOCK = re.compile(r"\A\s*---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_TOML_BLOCK = re.compile(r"\A\s*\+\+\+[ \t]*\r?\n(.*?)^\+\+\+[ \t]*(?:\r?\n|\Z)", re.S | re.M)


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Return (metadata, body). A file with no front matter gives ({}, text)."""
    text = text.lstrip("\ufeff")
    match = _YAML_BLOCK.match(text)
    if match:
        return _load_yaml(match.group(1)), text[match.end() :]
    match = _TOML_BLOCK.match(text)
    if match:
        try:
            return _plain(tomllib.loads(match.group(1))), text[match.end() :]
        except tomllib.TOMLDecodeError as exc:
            raise PostError(f"the TOML front matter is malformed: {exc}") from exc
    return {}, text


def _load_yaml(source: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(source)
    except yaml.YAMLError as exc:
        where = ""
        mark = getattr(exc, "problem_mark", None)
        if mark is not None:
            where = f" (line {mark.line + 2} of the file)"
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise PostError(f"the YAML front matter is malformed{where}: {problem}") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise PostError("the front matter is not a list of `key: value` fields")
    return _plain(data)


def _plain(data: dict[Any, Any]) -> dict[str, Any]:
    """Keys as lower-case strings, values untouched (dates stay date objects)."""
    return {str(key).strip().lower(): value for key, value in data.items()}
