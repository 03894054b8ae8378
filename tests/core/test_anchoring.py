"""Re-anchoring highlights on real corpus articles, and over random edits."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.anchoring import AnchorState, make_selectors, reanchor
from reader.core.posts import parse_post
from tests.conftest import CORPUS_FILES

LONG = [p for p in CORPUS_FILES if len(parse_post(p.read_bytes(), p.name).reading_text) > 1500]


def _passage(text: str, rng: random.Random, size: int = 24) -> tuple[int, int]:
    start = rng.randrange(200, len(text) - size - 200)
    return start, start + size


@pytest.mark.parametrize("path", LONG[:12], ids=lambda p: p.name)
def test_text_inserted_before_moves_the_highlight(path: object) -> None:
    text = parse_post(path.read_bytes(), path.name).reading_text  # type: ignore[attr-defined]
    start, end = _passage(text, random.Random(1))
    s = make_selectors(text, start, end)
    edited = text[:100] + "新增的一段导语，插在高亮之前。An inserted lead paragraph.\n" + text[100:]
    anchor = reanchor(edited, s)
    assert anchor.state is AnchorState.MOVED
    assert edited[anchor.start : anchor.end] == s.exact


@pytest.mark.parametrize("path", LONG[:12], ids=lambda p: p.name)
def test_a_few_characters_changed_inside_is_fuzzy(path: object) -> None:
    text = parse_post(path.read_bytes(), path.name).reading_text  # type: ignore[attr-defined]
    start, end = _passage(text, random.Random(2), size=40)
    s = make_selectors(text, start, end)
    middle = start + 20
    edited = text[:middle] + "改" + text[middle + 1 : middle + 3] + "动" + text[middle + 4 :]
    anchor = reanchor(edited, s)
    assert anchor.state is AnchorState.FUZZY
    assert abs(anchor.start - start) <= 3 and abs(anchor.end - end) <= 3


@pytest.mark.parametrize("path", LONG[:12], ids=lambda p: p.name)
def test_deleted_passage_becomes_an_orphan(path: object) -> None:
    text = parse_post(path.read_bytes(), path.name).reading_text  # type: ignore[attr-defined]
    start, end = _passage(text, random.Random(3), size=30)
    s = make_selectors(text, start, end)
    edited = text[: start - 150] + text[end + 150 :]
    anchor = reanchor(edited, s)
    assert anchor.state is AnchorState.ORPHAN


def test_repeated_quote_picks_the_occurrence_with_matching_context() -> None:
    text = "甲说：数据库很快。乙说：数据库很慢。丙说：数据库很快。"
    s = make_selectors(text, text.rindex("数据库很快"), text.rindex("数据库很快") + 5)
    edited = "开头。" + text
    anchor = reanchor(edited, s)
    assert anchor.start == edited.rindex("数据库很快")


_ALPHABET = st.sampled_from(
    list(
        "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞"
    )
)


@pytest.mark.stress
# Derandomized so CI is repeatable; the examples still cover repetitive and edited text.
@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    base=st.text(alphabet=_ALPHABET, min_size=80, max_size=400),
    data=st.data(),
)
def test_untouched_highlight_always_reanchors_to_the_same_quote(
    base: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(base) - 8))
    end = data.draw(st.integers(start + 4, min(len(base), start + 40)))
    s = make_selectors(base, start, end)
    # Random edits that leave the highlighted passage itself untouched.
    before, passage, after = base[:start], base[start:end], base[end:]
    for _ in range(data.draw(st.integers(0, 4))):
        where = data.draw(st.sampled_from(["before", "after"]))
        piece = data.draw(st.text(alphabet=_ALPHABET, max_size=30))
        if where == "before":
            at = data.draw(st.integers(0, len(before)))
            cut = data.draw(st.integers(0, min(10, len(before) - at)))
            before = before[:at] + piece + before[at + cut :]
        else:
            at = data.draw(st.integers(0, len(after)))
            cut = data.draw(st.integers(0, min(10, len(after) - at)))
            after = after[:at] + piece + after[at + cut :]
    edited = before + passage + after
    anchor = reanchor(edited, s)
    assert anchor.state in (AnchorState.EXACT, AnchorState.MOVED)
    assert edited[anchor.start : anchor.end] == s.exact
    first = edited.find(s.exact)
    if edited.find(s.exact, first + 1) < 0:  # the quote occurs once (overlaps counted)
        assert anchor.start == len(before)
