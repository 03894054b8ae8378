"""Finding query terms in text: spans for snippets, checks for phrases, and a full scan match.

The index answers which articles may match; these functions say exactly where and whether.
They work on the reading text, so their spans are reading-text offsets.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.core.records import SearchDocument
from reader.core.scripts import CJK
from reader.core.variants import fold, preimages
from reader.search.analysis import _TOKEN, stem_word
from reader.search.grams import exact_in_grams
from reader.search.query import Clause, Filter, ParsedQuery, Term

Span = tuple[int, int]


class TermMatcher:
    """Where a term occurs in a text: a phrase exactly, a word in any of its forms.

    Its patterns are matched case-sensitively on the lower-cased text: a pattern that opens
    with a literal is then searched for as one, about fifteen times faster than the same
    pattern with `re.IGNORECASE` (which searches for it character by character). A text that
    lower-casing would lengthen (`İ`) is matched as written, with `re.IGNORECASE`, so
    offsets stay offsets into the text. The text is folded to Simplified characters only if
    it holds a Traditional character that folds to one of the term's (`preimages`): a fast
    search of the text for each instead of a pass of the folding over all of it.
    """

    def __init__(self, term: Term) -> None:
        self.term = term
        self._preimages = preimages(term.text)
        self._cased = term.text.lower() != term.text.upper()
        self._sources: list[tuple[str, str | None]] = []  # lower-case patterns, stems
        if term.phrase:
            parts = [re.escape(p.lower()) for p in term.text.split()]
            if parts:
                self._sources.append((r"\s+".join(parts), None))
        else:
            for match in _TOKEN.finditer(term.text):
                run, word = match.group(1), match.group(2)
                if run is not None:
                    self._sources.append((re.escape(run.lower()), None))
                    continue
                stemmed = stem_word(word.lower())
                prefix = re.escape(stemmed[: max(1, min(len(stemmed), len(word) - 1))])
                # A word ends where letters and digits do, and where Chinese begins:
                # `Linux探秘` holds the word `linux`, as the index has it.
                word_char = rf"[^\W_{CJK}]"
                # The prefix first, then the look back past it: a pattern that opens with a
                # literal is searched for as one (two to four times faster than opening
                # with the look-behind), and matches the same.
                self._sources.append((rf"{prefix}(?<!{word_char}{prefix}){word_char}*", stemmed))
        self._patterns = [(re.compile(source), stem) for source, stem in self._sources]
        self._caseless: list[tuple[re.Pattern[str], str | None]] | None = None

    @property
    def empty(self) -> bool:
        """Whether the term has nothing to find (only punctuation, say)."""
        return not self._patterns

    def find(self, text: str | TextForms, limit: int = 200) -> list[Span]:
        """Spans in `text`, found in its folded form (the same offsets)."""
        subject, patterns = self._subject(text)
        spans: list[Span] = []
        for pattern, stemmed in patterns:
            for m in pattern.finditer(subject):
                if stemmed is not None and stem_word(m.group(0).lower()) != stemmed:
                    continue
                spans.append(m.span())
                if len(spans) >= limit:
                    break
        return sorted(spans)

    def present(self, text: str | TextForms) -> bool:
        """Every part of the term occurs (a phrase as a whole)."""
        subject, patterns = self._subject(text)
        for pattern, stemmed in patterns:
            found = False
            for m in pattern.finditer(subject):
                if stemmed is None or stem_word(m.group(0).lower()) == stemmed:
                    found = True
                    break
            if not found:
                return False
        return bool(patterns)

    def _subject(
        self, text: str | TextForms
    ) -> tuple[str, list[tuple[re.Pattern[str], str | None]]]:
        """The form of the text to match on, and the patterns to match it with."""
        forms = text if isinstance(text, TextForms) else TextForms(text)
        folds = any(c in forms.text for c in self._preimages)
        if not self._cased:
            return forms.form(folds), self._patterns
        lowered = forms.lowered(folds)
        if lowered is not None:
            return lowered, self._patterns
        if self._caseless is None:
            self._caseless = [(re.compile(s, re.I), stem) for s, stem in self._sources]
        return forms.form(folds), self._caseless


class TextForms:
    """A text and the forms terms are found in (folded, lower-cased), each made once.

    Each form is made when a term first asks for it: each is a pass over the whole text, and a
    query's terms, and its snippets, look in the same text.
    """

    __slots__ = ("_forms", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._forms: dict[tuple[bool, bool], str | None] = {(False, False): text}

    def form(self, folded: bool) -> str:
        """The text, folded to Simplified characters if asked."""
        out = self._forms.get((folded, False))
        if out is None:
            out = self._forms[(folded, False)] = fold(self.text)
        return out

    def lowered(self, folded: bool) -> str | None:
        """The text lower-cased (and folded if asked); None if lower-casing changes its length.

        Offsets into it would not be offsets into the text.
        """
        key = (folded, True)
        if key not in self._forms:
            plain = self.form(folded)
            low = plain.lower()
            self._forms[key] = low if len(low) == len(plain) else None
        return self._forms[key]


@lru_cache(maxsize=512)
def matcher(term: Term) -> TermMatcher:
    """The matcher of `term`, cached."""
    return TermMatcher(term)


def _fields(doc: SearchDocument, term: Term, notes_only: bool) -> list[str]:
    if term.field == "title":
        return [doc.title]
    if term.field == "author":
        return [doc.author]
    if notes_only:
        return [doc.notes]
    meta = " ".join([doc.author, *doc.categories, *doc.tags])
    return [doc.title, doc.text, meta, doc.notes]


def clause_matches(doc: SearchDocument, clause: Clause, notes_only: bool = False) -> bool:
    """Whether `clause` holds for `doc`: a term found in its fields, or a filter."""
    if isinstance(clause, Term):
        m = matcher(clause)
        return not m.empty and any(m.present(text) for text in _fields(doc, clause, notes_only))
    return filter_matches(doc, clause)


def filter_matches(doc: SearchDocument, f: Filter) -> bool:
    """Whether `doc` passes the filter `f` (category, tag, colour, state, date)."""
    if f.kind == "category":
        return f.value in (c.casefold() for c in doc.categories)
    if f.kind == "tag":
        return f.value in (t.casefold() for t in [*doc.tags, *doc.note_tags])
    if f.kind == "color":
        return f.value in doc.colors
    if f.kind == "is":
        return doc.highlights > 0 if f.value == "annotated" else doc.state == f.value
    if f.kind == "has":
        return doc.notes_count > 0 if f.value == "note" else doc.highlights > 0
    if f.kind == "date":
        if doc.date is None:
            return False
        return (f.start is None or doc.date >= f.start) and (f.end is None or doc.date < f.end)
    return False


def document_matches(doc: SearchDocument, query: ParsedQuery) -> bool:
    """The whole query, evaluated on one document without the index."""
    for group in query.groups:
        if not any(clause_matches(doc, c, query.notes_only) for c in group):
            return False
    return not any(clause_matches(doc, c, query.notes_only) for c in query.excluded)


def checks_hold(doc: SearchDocument, query: ParsedQuery) -> bool:
    """Check what the index cannot.

    That phrases and CJK runs occur as written, in the field asked for (and excluded ones do
    not).
    """
    notes_only = query.notes_only
    for group in query.groups:
        if any(checked_on_text(c, notes_only) for c in group) and not any(
            clause_matches(doc, c, notes_only) for c in group
        ):
            return False
    return not any(
        checked_on_text(c, notes_only) and clause_matches(doc, c, notes_only)
        for c in query.excluded
    )


def checked_on_text(clause: Clause, notes_only: bool = False) -> bool:
    """A phrase, or a term with CJK characters.

    The index says only that the article may hold them (in some field), so the text decides. Not
    a lone run of one or two characters searched in every field: the gram table holds it as
    written, so its answer is exact.
    """
    if not isinstance(clause, Term):
        return False
    if clause.field is None and not notes_only and exact_in_grams(clause.text):
        return False
    return clause.phrase or any(m.group(1) for m in _TOKEN.finditer(clause.text))


def needs_check(query: ParsedQuery) -> bool:
    """Whether the index's candidates for this query must be checked on their text."""
    return any(
        checked_on_text(c, query.notes_only)
        for c in [*query.excluded, *(c for g in query.groups for c in g)]
    )
