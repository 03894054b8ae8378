"""A generated Chinese-and-English corpus with Zipf-like word frequencies, for benchmarks."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

_ENGLISH = (
    "data index search query database server client network memory thread process cache "
    "engine model layer design system kernel driver compiler language python linux window "
    "storage performance latency throughput benchmark release version update security "
    "protocol browser reader article highlight annotation library offline document format "
    "parser token stream buffer request response service cloud container cluster node graph "
    "vector matrix function method object class module package install config option error"
).split()


@dataclass(frozen=True)
class GeneratedArticle:
    """A made-up article of the generated corpus."""

    id: int
    title: str
    text: str
    author: str
    year: int


def _is_han(word: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in word)


def _dictionary() -> tuple[list[str], list[float]]:
    import jieba

    path = Path(jieba.__file__).with_name("dict.txt")
    words: list[str] = []
    freqs: list[float] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 2 and parts[1].isdigit() and _is_han(parts[0]):
                words.append(parts[0])
                freqs.append(float(parts[1]))
    order = sorted(range(len(words)), key=lambda i: -freqs[i])[:60000]
    # Zipf: weight by rank, not by the dictionary's raw counts.
    cumulative: list[float] = []
    total = 0.0
    for rank in range(len(order)):
        total += 1.0 / (rank + 10)
        cumulative.append(total)
    return [words[i] for i in order], cumulative


def generate(count: int, chars: int = 3500, seed: int = 7) -> list[GeneratedArticle]:
    """`count` articles of about `chars` characters each, made up from a word list."""
    rng = random.Random(seed)
    words, weights = _dictionary()
    out: list[GeneratedArticle] = []
    for i in range(count):
        parts: list[str] = []
        size = 0
        while size < chars:
            sentence_words = rng.choices(words, cum_weights=weights, k=rng.randint(6, 16))
            if rng.random() < 0.35:
                pos = rng.randrange(len(sentence_words))
                sentence_words.insert(pos, f" {rng.choice(_ENGLISH)} ")
            sentence = "".join(sentence_words) + rng.choice("，。。；！？")
            parts.append(sentence)
            size += len(sentence)
            if rng.random() < 0.08:
                parts.append("\n")
        title = "".join(rng.choices(words, cum_weights=weights, k=4))
        out.append(
            GeneratedArticle(
                id=i + 1,
                title=title,
                text="".join(parts),
                author=rng.choice(["知乎", "掘金", "开源中国", "cnBeta", "The Verge"]),
                year=rng.randint(2015, 2025),
            )
        )
    return out


def rss_mb() -> float:
    """This process's resident memory now, in MB."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def percentiles(values: list[float]) -> dict[str, float]:
    """The p50 and p95 of `values`."""
    ordered = sorted(values)
    return {"p50": ordered[len(ordered) // 2],
            "p95": ordered[max(0, int(len(ordered) * 0.95) - 1)]}  # fmt: skip
