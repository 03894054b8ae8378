"""The sidebar's counts are the library's articles counted one by one."""

from __future__ import annotations

from collections import Counter

from reader.app import Services
from reader.core.records import ReadState


def test_counts_are_the_articles_counted_one_by_one(corpus_services: Services) -> None:
    library = corpus_services.library
    everything = library.list_articles()
    # Some state to count: one article read, one archived, two tagged, one in the trash.
    library.set_read_state(everything[0].id, ReadState.READ)
    library.set_read_state(everything[1].id, ReadState.ARCHIVED)
    library.set_tags(everything[2].id, ["mine", "Linux"])
    library.set_tags(everything[3].id, ["mine"])
    library.move_to_trash([everything[4].id])
    shown = library.list_articles()
    assert len(shown) == len(everything) - 1

    counts = library.sidebar_counts()
    assert counts.states == Counter(a.read_state for a in shown)
    assert counts.trashed == 1
    facets = counts.facets
    authors = Counter(a.author for a in shown if a.author)
    categories = Counter(c for a in shown for c in set(a.categories))
    tags = Counter(t for a in shown for t in a.tags)
    assert dict(facets["authors"]) == authors and len(authors) > 3
    assert dict(facets["categories"]) == categories and len(categories) > 3
    assert dict(facets["tags"]) == tags and tags["mine"] == 2
    for name in ("authors", "categories"):  # most first, then by name
        assert facets[name] == sorted(facets[name], key=lambda item: (-item[1], item[0]))
    # Tag names compare without case, as the tags table has them.
    assert facets["tags"] == sorted(facets["tags"], key=lambda item: (-item[1], item[0].lower()))
