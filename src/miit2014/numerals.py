"""The one reviewed table of the source's numerals that are not figures.

A number in the report is either a :class:`~miit2014.Figure` (its ``numeral`` marks where
it is printed) or listed in :data:`NON_FIGURES` with the reason it is not one: a date, a
name, an item marker, a word that merely contains a numeral character.
:func:`miit2014.analysis.audit.audit` proves that the two account for every numeral of
the source; the test suite asserts that it finds nothing.
"""

from __future__ import annotations

from .model.nonfigure import Kind, NonFigure


def _entry(text: str, kind: Kind, reason: str) -> NonFigure:
    return NonFigure(text=text, kind=kind, reason=reason)


#: The reviewed table of numerals that are not figures, in order of first occurrence.
NON_FIGURES: tuple[NonFigure, ...] = (
    _entry("2013年12月27日", Kind.DATE, "the date of the conference"),
    _entry("2013年", Kind.DATE, "the year under review: the period of the 2013 figures"),
    _entry(
        "十八大", Kind.NAME, "the 18th National Congress of the Communist Party of China (2012)"
    ),
    _entry(
        "十八届二中、三中全会",
        Kind.NAME,
        "the second and third plenary sessions of the 18th Central Committee",
    ),
    _entry("2014年", Kind.DATE, "the plan year: the period or deadline of the 2014 figures"),
    _entry("27日上午", Kind.DATE, "the morning of 27 December, when the report was delivered"),
    _entry("新一届", Kind.WORD, "新一届政府 'the new government', a new term of office"),
    _entry("6+1", Kind.NAME, "the '6+1' special actions of the transformation and upgrading plan"),
    _entry("一是", Kind.ORDINAL, "item marker 'first' of a numbered list"),
    _entry("4G", Kind.NAME, "fourth-generation mobile communications, a technology"),
    _entry("二是", Kind.ORDINAL, "item marker 'second' of a numbered list"),
    _entry(
        "大气十条", Kind.NAME, "the 'Ten Measures on Air', the State Council's 2013 action plan"
    ),
    _entry("三是", Kind.ORDINAL, "item marker 'third' of a numbered list"),
    _entry("一批", Kind.WORD, "'a batch of', an indefinite quantity: no number is stated"),
    _entry("嫦娥三号", Kind.NAME, "Chang'e-3, the lunar exploration mission"),
    _entry("四是", Kind.ORDINAL, "item marker 'fourth' of a numbered list"),
    _entry(
        "两化",
        Kind.NAME,
        "short for 信息化和工业化, informatization and industrialization, in 两化融合",
    ),
    _entry(
        "11月底",
        Kind.DATE,
        "end of November 2013: the as-of date of figure.broadband-4m-or-faster-share-2013",
    ),
    _entry(
        "4M",
        Kind.DEFINITION,
        "the access rate of 4 Mbit/s that defines the share in"
        " figure.broadband-4m-or-faster-share-2013",
    ),
    _entry("进一步", Kind.WORD, "'further', an adverb"),
    _entry("十八届三中全会", Kind.NAME, "the third plenary session of the 18th Central Committee"),
    _entry(
        "两个36条",
        Kind.NAME,
        "the two '36 articles' State Council documents on the non-public economy (2005, 2010)",
    ),
    _entry(
        "三网融合",
        Kind.NAME,
        "three-network convergence (telecom, internet, broadcast TV), a policy",
    ),
    _entry(
        "第二批",
        Kind.ORDINAL,
        "the second batch of information consumption pilots: a rank, no count",
    ),
    _entry("统一", Kind.WORD, "'unified', an adjective"),
    _entry(
        "国发14号文件",
        Kind.NAME,
        "State Council document Guo Fa [2012] No. 14, on small and micro enterprises",
    ),
    _entry(
        "减半",
        Kind.DEFINITION,
        "names the existing rule that levies income tax on small and micro enterprises at half"
        " the rate; the report sets no number, only a wider coverage of the rule",
    ),
    _entry("五是", Kind.ORDINAL, "item marker 'fifth' of a numbered list"),
    _entry(
        "新一代",
        Kind.NAME,
        "part of the name of the major project 新一代宽带无线移动通信网"
        " (new-generation broadband wireless mobile communication networks)",
    ),
    _entry("六是", Kind.ORDINAL, "item marker 'sixth' of a numbered list"),
    _entry("27日下午", Kind.DATE, "the afternoon of 27 December, the group discussions"),
    _entry("28日上午", Kind.DATE, "the morning of 28 December: the period of the plenary speeches"),
    _entry("四川", Kind.NAME, "Sichuan, a province (四川省经信委)"),
    _entry(
        "八项规定",
        Kind.NAME,
        "the Central Committee's Eight-point Decision on work style (2012)",
    ),
    _entry("万寿路", Kind.NAME, "Wanshou Road, the street of one of the ministry's offices"),
)
