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


# Real front matter is a few hundred bytes holding a few dozen values. The bounds refuse
# what only an attack needs: a "billion laughs" of aliases, a self-referring alias, or
# nesting deep enough to exhaust the parser's stack.
MAX_FRONT_MATTER_CHARS = 256 * 1024
MAX_VALUES = 20_000
MAX_DEPTH = 64


class PythonLoader(yaml.SafeLoader):
    """YAML 1.2's core schema, as Hexo's js-yaml reads front matter, parsed by PyYAML in Python.

    `Off`, `no` and `yes` stay strings, `0755` is a number, and timestamps are read (an
    impossible date such as 2021-02-30 stays text instead of failing the post).
    """


PythonLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers
          if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:int",
                         "tag:yaml.org,2002:float", "tag:yaml.org,2002:null")]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}  # fmt: skip
for _tag, _pattern, _first in (
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    ("float", r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
              r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", "-+0123456789."),
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
):  # fmt: skip
    PythonLoader.add_implicit_resolver(
        f"tag:yaml.org,2002:{_tag}", re.compile(_pattern), list(_first)
    )


def _construct_int(loader: PythonLoader, node: yaml.ScalarNode) -> int:
    text = str(loader.construct_scalar(node)).replace("_", "")
    if len(text) > 64:  # past any real number; Python refuses over 4,300 digits anyway
        raise PostError(f"the front matter holds a number {len(text)} digits long")
    base = 16 if text.lower().startswith("0x") else 8 if text.lower().startswith("0o") else 10
    return int(text[2:] if base != 10 else text, base)


def _construct_timestamp(loader: PythonLoader, node: yaml.ScalarNode) -> Any:
    """A timestamp, or its text when it names no real moment."""
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


PythonLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)
PythonLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)

if yaml.__with_libyaml__:

    class LibyamlLoader(yaml.CSafeLoader):
        """The same schema over libyaml's parser, which PyYAML's wheels carry.

        Parsing is most of what reading front matter costs, and libyaml parses in C: a real
        post's front matter in 0.2-0.4 ms instead of 1.8, and 5,000 nested brackets refused in
        3 ms instead of 0.4 s.
        """

        yaml_constructors = PythonLoader.yaml_constructors
        yaml_implicit_resolvers = PythonLoader.yaml_implicit_resolvers

    _Loader: type[PythonLoader] | type[LibyamlLoader] = LibyamlLoader
else:  # pragma: no cover - a PyYAML built without libyaml
    _Loader = PythonLoader


def _check_depth(source: str) -> None:
    """Refuse deep nesting before the YAML composer recurses into it.

    Refuse deep nesting from the parser's events (a loop, not recursion), before the composer
    would recurse once per level. libyaml's scanner may refuse first, past its own limit of
    1,000 levels, while it looks ahead inside a flow collection.
    """
    too_deep = f"the YAML front matter is nested more than {MAX_DEPTH} deep"
    depth = 0
    try:
        for event in yaml.parse(source, Loader=_Loader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    raise PostError(too_deep)
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.MarkedYAMLError as exc:
        if "maximum nesting depth" in (exc.problem or ""):
            raise PostError(too_deep) from exc
        raise


def _expanded_size(root: yaml.Node) -> int:
    """How many values the document holds with every alias expanded.

    How many values the document holds once every alias is expanded, counting each shared node
    as often as it is used; refuses a node that contains itself.
    """
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()

    def size(node: yaml.Node) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in open_nodes:
            raise PostError("the YAML front matter refers to itself (a recursive alias)")
        open_nodes.add(key)
        total = 1
        if isinstance(node, yaml.SequenceNode):
            total += sum(size(child) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            total += sum(size(k) + size(v) for k, v in node.value)
        total = min(total, MAX_VALUES + 1)
        open_nodes.discard(key)
        sizes[key] = total
        return total

    return size(root)


def _load_yaml(source: str) -> dict[str, Any]:
    if len(source) > MAX_FRONT_MATTER_CHARS:
        raise PostError(
            f"the front matter is {len(source) // 1024} KB; "
            f"the limit is {MAX_FRONT_MATTER_CHARS // 1024} KB"
        )
    loader: PythonLoader | LibyamlLoader | None = None
    try:
        _check_depth(source)
        loader = _Loader(source)
        node = loader.get_single_node()
        if node is None:
            return {}
        if _expanded_size(node) > MAX_VALUES:
            raise PostError(
                f"the YAML front matter expands to more than {MAX_VALUES:,} values "
                "through aliases; refused"
            )
        data = loader.construct_document(node)
    except yaml.YAMLError as exc:
        where = ""
        mark = getattr(exc, "problem_mark", None)
        if mark is not None:
            where = f" (line {mark.line + 2} of the file)"
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise PostError(f"the YAML front matter is malformed{where}: {problem}") from exc
    except RecursionError as exc:
        raise PostError("the YAML front matter is nested too deeply") from exc
    except ValueError as exc:
        raise PostError(f"the YAML front matter holds a value that cannot be read: {exc}") from exc
    finally:
        if loader is not None:
            loader.dispose()
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise PostError("the front matter is not a list of `key: value` fields")
    return _plain(data)


def _plain(data: dict[Any, Any]) -> dict[str, Any]:
    """Keys as lower-case strings, values untouched (dates stay date objects)."""
    return {str(key).strip().lower(): value for key, value in data.items()}
