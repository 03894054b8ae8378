"""The query language: words, "phrases", OR, -word, field:value filters, sort:.

Parsing never raises. Whatever cannot be understood is searched as plain words, and the
parsed query carries a notice saying what was done, for the UI to show.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from reader.core.scripts import mixes_cjk_and_latin
from reader.core.variants import fold

FIELDS = {"title", "author", "category", "tag", "date", "is", "in", "has", "color", "sort"}
_STATES = {"unread", "read", "archived", "annotated"}


@dataclass(frozen=True)
class Term:
    """A word or a phrase, searched in the text fields (or in one: title, author).

    Its Traditional characters are folded to Simplified, as the index and the checks see
    text.
    """

    text: str
    phrase: bool = False
    field: str | None = None


@dataclass(frozen=True)
class Filter:
    """An exact condition: category, tag, state, date range, color, has:note."""

    kind: str
    value: str = ""
    start: datetime | None = None
    end: datetime | None = None


Clause = Term | Filter


@dataclass
class ParsedQuery:
    """All groups must match; a group matches when any of its alternatives does."""

    groups: list[list[Clause]] = field(default_factory=list)
    excluded: list[Clause] = field(default_factory=list)
    sort: str = "relevance"
    notes_only: bool = False
    notices: list[str] = field(default_factory=list)

    @property
    def notice(self) -> str | None:
        """What the reader is told about the query (cut short, say), or None."""
        return "; ".join(self.notices) if self.notices else None

    def positive_terms(self) -> list[Term]:
        """The terms that must or may match (not the excluded ones)."""
        return [c for g in self.groups for c in g if isinstance(c, Term)]

    def is_empty(self) -> bool:
        """Whether the query asks for nothing."""
        return not self.groups and not self.excluded


_LEX = re.compile(r'\s*(-?)(?:(\w+):)?(?:"([^"]*)"|(\S+))', re.U)


# A query is typed by a person: these bounds are far past any real one and keep a pasted
# page (a thousand repeated words, a whole article) from occupying the index for minutes.
MAX_QUERY_CHARS = 300
MAX_CLAUSES = 16


def parse_query(text: str) -> ParsedQuery:
    """Parse the query language: terms, phrases, OR, exclusions, fields and filters."""
    query = ParsedQuery()
    text = text.strip()
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS]
        query.notices.append(f"only the first {MAX_QUERY_CHARS} characters were searched")
    if text.count('"') % 2:
        query.notices.append("an unclosed quote was ignored")
        text = text.replace('"', " ")
    items: list[tuple[bool, Clause] | str] = []
    for match in _LEX.finditer(text):
        negated, name, quoted, bare = match.groups()
        if quoted is None and bare is not None and name is None and bare == "OR" and not negated:
            items.append("OR")
            continue
        clause = _clause(name, quoted, bare, query)
        if clause is not None and (bool(negated), clause) not in items:  # repeats add nothing
            items.append((bool(negated), clause))
    clauses = [i for i, item in enumerate(items) if item != "OR"]
    if len(clauses) > MAX_CLAUSES:
        items = items[: clauses[MAX_CLAUSES]]
        query.notices.append(f"only the first {MAX_CLAUSES} words were searched")
    _group(items, query)
    return query


def _clause(
    name: str | None, quoted: str | None, bare: str | None, query: ParsedQuery
) -> Clause | None:
    value = quoted if quoted is not None else (bare or "")
    # Chinese written against Latin letters or digits (`X470芯片组`, `iPhone13发布`) is one
    # run as typed: found, and marked, as the quoted phrase would be.
    phrase = quoted is not None or mixes_cjk_and_latin(value)
    if name is None:
        return Term(fold(value.strip()), phrase=phrase) if value.strip() else None
    key = name.lower()
    if key not in FIELDS:
        query.notices.append(f"“{name}:” is not a search field; searched as words")
        joined = f"{name} {value}".strip()
        return Term(fold(joined), phrase=phrase)
    value = value.strip()
    if not value:
        query.notices.append(f"“{name}:” needs a value; ignored")
        return None
    if key in ("title", "author"):
        return Term(fold(value), phrase=phrase, field=key)
    if key in ("category", "tag", "color"):
        return Filter(key, value.casefold())
    if key == "is":
        if value.lower() not in _STATES:
            query.notices.append(f"“is:{value}” is unknown (use unread, read, archived, annotated)")
            return None
        return Filter("is", value.lower())
    if key == "has":
        if value.lower() not in ("note", "notes", "highlight", "highlights"):
            query.notices.append(f"“has:{value}” is unknown (use has:note)")
            return None
        return Filter("has", "note" if value.lower().startswith("note") else "highlight")
    if key == "in":
        if value.lower() in ("notes", "note", "highlights"):
            query.notes_only = True
        else:
            query.notices.append(f"“in:{value}” is unknown (use in:notes)")
        return None
    if key == "sort":
        if value.lower() in ("date", "newest", "relevance", "oldest"):
            query.sort = value.lower()
        else:
            query.notices.append(f"“sort:{value}” is unknown (use sort:date or sort:relevance)")
        return None
    return _date_filter(value, query)


def _date_filter(value: str, query: ParsedQuery) -> Filter | None:
    try:
        if value.startswith((">", "<")):
            inclusive = value[1:2] == "="
            day = _day(value[2:] if inclusive else value[1:])
            if value[0] == ">":
                start = day if inclusive else day + timedelta(days=1)
                return Filter("date", start=start)
            return Filter("date", end=day + timedelta(days=1) if inclusive else day)
        if ".." in value:
            first, last = value.split("..", 1)
            since = _period(first)[0] if first else None
            until = _period(last)[1] if last else None
            return Filter("date", start=since, end=until)
        start, end = _period(value)
        return Filter("date", start=start, end=end)
    except ValueError:
        query.notices.append(f"“date:{value}” is not a date (use 2021, 2021-05 or >2021-01-01)")
        return None


def _day(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=UTC)


def _period(text: str) -> tuple[datetime, datetime]:
    """[start, end) of a year, a month or a day."""
    parts = text.split("-")
    if len(parts) == 1 and len(parts[0]) == 4:
        year = int(parts[0])
        return datetime(year, 1, 1, tzinfo=UTC), datetime(year + 1, 1, 1, tzinfo=UTC)
    if len(parts) == 2:
        year, month = int(parts[0]), int(parts[1])
        start = datetime(year, month, 1, tzinfo=UTC)
        end = datetime(year + month // 12, month % 12 + 1, 1, tzinfo=UTC)
        return start, end
    day = _day(text)
    return day, day + timedelta(days=1)


def _group(items: list[tuple[bool, Clause] | str], query: ParsedQuery) -> None:
    """Join `a OR b` into one group; a stray OR is dropped with a notice."""
    pending_or = False
    for item in items:
        if item == "OR":
            if not query.groups or pending_or:
                query.notices.append("a stray OR was ignored")
            else:
                pending_or = True
            continue
        assert not isinstance(item, str)
        negated, clause = item
        if negated:
            if pending_or:
                query.notices.append("OR before an excluded word was ignored")
                pending_or = False
            query.excluded.append(clause)
        elif pending_or:
            query.groups[-1].append(clause)
            pending_or = False
        else:
            query.groups.append([clause])
    if pending_or:
        query.notices.append("a stray OR was ignored")
