"""Tokens for the index and for queries: CJK bigrams plus jieba words, stemmed Latin words.

Chinese is indexed as overlapping character bigrams, which guarantees that any run of two or
more characters that appears in an article finds it however jieba would segment the text.
Every character is also indexed alone, so a one-character query is a single posting list
(expanding it as a prefix over the bigrams took seconds at 20,000 articles). jieba's words
of three or more characters are added as well, so whole words rank above scattered bigrams
(two-character words already are bigrams). Latin words are lower-cased and stemmed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from whoosh.analysis import Analyzer, Token
from whoosh.lang.porter import stem

# Han, kana, hangul: scripts written without spaces between words.
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_TOKEN = re.compile(rf"([{CJK}]+)|([^\W_{CJK}]+(?:['’][a-z]+)?)", re.I)


@lru_cache(maxsize=65536)
def stem_word(word: str) -> str:
    return str(stem(word))


def _segmenter() -> Any:
    import rjieba

    return rjieba


def jieba_words(run: str) -> list[str]:
    return list(_segmenter().cut(run, hmm=False))


def index_terms(text: str) -> Iterator[str]:
    """The terms an article's text is indexed under, in order (repeats count for ranking)."""
    cut = _segmenter().cut
    for match in _TOKEN.finditer(text):
        run = match.group(1)
        if run is not None:
            n = len(run)
            yield from run  # single characters: a small vocabulary, cheap to index
            for i in range(n - 1):
                yield run[i : i + 2]
            if n >= 3:
                for word in cut(run, False):
                    if len(word) >= 3:
                        yield word
        else:
            word = match.group(2).lower()
            if len(word) < 64:
                yield stem_word(word)


class ReaderAnalyzer(Analyzer):  # type: ignore[misc]
    """Whoosh analyzer over `index_terms`; one reused Token, as Whoosh's own tokenizers do."""

    def __call__(self, value: str, mode: str = "index", **kwargs: Any) -> Iterator[Any]:
        token = Token(positions=False, chars=False, removestops=False, mode=mode)
        token.stopped = False
        token.boost = 1.0
        for term in index_terms(value):
            token.text = term
            yield token

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ReaderAnalyzer)

    def __hash__(self) -> int:
        return hash(ReaderAnalyzer)
