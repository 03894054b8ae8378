"""The query language, parsed: words, phrases, OR, exclusions, fields, filters, sorting.

Whatever cannot be understood is said in words, and the rest searched: parsing never raises.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from reader.search.query import MAX_CLAUSES, Filter, ParsedQuery, Term, parse_query


def _day(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=UTC)


def test_words_phrases_or_and_exclusions_make_groups() -> None:
    parsed = parse_query('碳中和 "open source" linux OR windows -比特币')
    assert parsed.groups == [
        [Term("碳中和")],
        [Term("open source", phrase=True)],
        [Term("linux"), Term("windows")],
    ]
    assert parsed.excluded == [Term("比特币")]
    assert parsed.notice is None


def test_traditional_characters_are_folded_and_cjk_against_latin_is_a_phrase() -> None:
    assert parse_query("軟體").groups == [[Term("软体")]]
    assert parse_query("X470芯片组").groups == [[Term("X470芯片组", phrase=True)]]


@pytest.mark.parametrize(
    ("query", "clause"),
    [
        ("title:碳中和", Term("碳中和", field="title")),
        ('author:"Jane Doe"', Term("Jane Doe", phrase=True, field="author")),
        ("tag:Python", Filter("tag", "python")),
        ("category:科技", Filter("category", "科技")),
        ("color:green", Filter("color", "green")),
        ("is:Unread", Filter("is", "unread")),
        ("has:notes", Filter("has", "note")),
        ("has:highlights", Filter("has", "highlight")),
        ("date:2021", Filter("date", start=_day("2021-01-01"), end=_day("2022-01-01"))),
        ("date:2021-12", Filter("date", start=_day("2021-12-01"), end=_day("2022-01-01"))),
        ("date:2021-05-28", Filter("date", start=_day("2021-05-28"), end=_day("2021-05-29"))),
        ("date:>2021-05-28", Filter("date", start=_day("2021-05-29"))),
        ("date:>=2021-05-28", Filter("date", start=_day("2021-05-28"))),
        ("date:<2021-05-28", Filter("date", end=_day("2021-05-28"))),
        ("date:<=2021-05-28", Filter("date", end=_day("2021-05-29"))),
        ("date:2020..2021-03", Filter("date", start=_day("2020-01-01"), end=_day("2021-04-01"))),
        ("date:..2020", Filter("date", end=_day("2021-01-01"))),
    ],
)
def test_fields_and_filters(query: str, clause: Term | Filter) -> None:
    parsed = parse_query(query)
    assert parsed.groups == [[clause]]
    assert parsed.notice is None


def test_sort_and_in_notes_change_the_query_not_its_groups() -> None:
    parsed = parse_query("sort:oldest in:notes 笔记")
    assert (parsed.sort, parsed.notes_only) == ("oldest", True)
    assert parsed.groups == [[Term("笔记")]]


@pytest.mark.parametrize(
    ("query", "groups", "said"),
    [
        ('"unclosed phrase', [[Term("unclosed")], [Term("phrase")]], "unclosed quote"),
        ("OR linux", [[Term("linux")]], "stray OR"),
        ("linux OR", [[Term("linux")]], "stray OR"),
        ("linux OR -windows", [[Term("linux")]], "OR before an excluded word"),
        ("colour:red", [[Term("colour red")]], "not a search field"),
        ('tag:""', [], "needs a value"),
        ("is:later", [], "is:later"),
        ("has:photos", [], "has:photos"),
        ("in:titles", [], "in:titles"),
        ("sort:size", [], "sort:size"),
        ("date:yesterday", [], "not a date"),
        ("date:2021-13", [], "not a date"),
    ],
)
def test_what_is_not_understood_is_said_and_the_rest_searched(
    query: str, groups: list[list[Term]], said: str
) -> None:
    parsed = parse_query(query)
    assert parsed.groups == groups
    assert parsed.notice is not None and said in parsed.notice


def test_repeats_add_nothing_and_long_queries_are_cut_with_a_notice() -> None:
    assert parse_query("linux linux -x -x").groups == [[Term("linux")]]
    words = " ".join(f"w{n}" for n in range(MAX_CLAUSES + 5))
    parsed = parse_query(words)
    assert len(parsed.groups) == MAX_CLAUSES
    assert parsed.notice is not None and str(MAX_CLAUSES) in parsed.notice


def test_terms_and_emptiness() -> None:
    parsed = parse_query("a OR b -c tag:x")
    assert parsed.positive_terms() == [Term("a"), Term("b")]
    assert parse_query("   ").is_empty() and parse_query("-x").groups == []
    assert not parse_query("-x").is_empty()  # everything but x
    assert ParsedQuery().notice is None
