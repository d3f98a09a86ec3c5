"""The glossary: one fixed English rendering per key term, consistent with itself, with
the attested renderings of the shared reference notes, and with the report it serves.
(That every task's English uses these renderings is checked in test_tasks.py.)"""

from __future__ import annotations

import re

import pytest

from miit2014 import SOURCE_TEXT
from miit2014.glossary import TERMS, english

CJK = re.compile(r"[\u4e00-\u9fff]")

#: Renderings attested in public sources, as collected in the shared reference notes
#: (../shared/reference/terms-and-outcomes.md); the glossary must use these words.
ATTESTED = {
    "两化融合": "integration of informatization and industrialization",  # SCIO, 2020-09-22
    "宽带中国": "Broadband China",  # State Council strategy, 2013-08
    "三网融合": "three-network convergence",  # Xinhua via China Daily, 2015-09-04
    "专精特新": "specialized, refined, distinctive and innovative",
    "营改增": "replacing business tax with value-added tax",  # Cai Shui [2013] No. 106
    "骨干直联点": "backbone direct connection point",  # China Daily, 2014-08-27
    "规模以上工业": "industrial enterprises above designated size",  # China Daily
    "大气十条": "Ten Measures on Air",
    "核高基": "core electronic components, high-end general-purpose chips and basic software",
}


def test_terms_are_read_only() -> None:
    with pytest.raises(TypeError):
        TERMS["钢铁"] = "iron and steel"  # type: ignore[index]


def test_english_looks_up_and_refuses_unknown_terms() -> None:
    assert english("两化融合") == "integration of informatization and industrialization"
    with pytest.raises(KeyError):
        english("两化")


@pytest.mark.parametrize(("zh", "en"), ATTESTED.items())
def test_attested_renderings_are_used(zh: str, en: str) -> None:
    assert en.casefold() in english(zh).casefold()


@pytest.mark.parametrize(("zh", "en"), TERMS.items())
def test_each_entry_is_a_term_of_this_report_with_plain_english(zh: str, en: str) -> None:
    assert zh in SOURCE_TEXT
    assert CJK.search(zh)
    assert en == en.strip()
    assert en
    assert not CJK.search(en)
    assert not en.endswith(".")


def test_a_term_inside_another_keeps_its_english_inside_the_others() -> None:
    """两化融合 is in 两化融合管理体系, so its English must be in that one's English;
    otherwise a quote holding the longer term could never satisfy both renderings."""
    clashes = [
        (short, long)
        for short in TERMS
        for long in TERMS
        if short != long and short in long and TERMS[short].casefold() not in TERMS[long].casefold()
    ]
    assert clashes == []


def test_one_english_per_chinese_spelling_of_the_same_thing() -> None:
    """Spellings of one idea (民资 for 民间资本, 非公有经济 for 非公有制经济) share the English."""
    assert english("民资") == english("民间资本")
    assert english("非公有经济") == english("非公有制经济")
