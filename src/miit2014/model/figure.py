"""A quantitative statement of the report, exact as printed."""

from __future__ import annotations

import datetime
from enum import StrEnum

import attrs

from ..errors import DataError
from . import checks, exact
from .base import Record


class Unit(StrEnum):
    """What a value is measured in, always in base units (万 and 亿 multiplied out)."""

    PERCENT = "percent"  # a percentage: 9.8 means 9.8 %
    YUAN = "yuan"  # renminbi yuan, not 万元 or 亿元
    COUNT = "count"  # a number of things; Figure.counted says of what
    FRACTION = "fraction"  # a proportion as an exact fraction: 1/3, not 33.3 %
    YEARS = "years"
    DAYS = "days"


class Qualifier(StrEnum):
    """How the report bounds the number; decides comparisons and target evaluation."""

    EXACT = "exact"  # no qualifier in the Chinese
    ABOUT = "about"  # 约, 左右
    MORE_THAN = "more_than"  # 超过, 突破, 多 (600多万): strictly above
    AT_LEAST = "at_least"  # 以上: the number itself counts
    NEARLY = "nearly"  # 近: just below


class Status(StrEnum):
    """What kind of statement the figure is."""

    ESTIMATED = "estimated"  # a 2013 figure the report gives as an estimate (预计全年)
    ACHIEVED = "achieved"  # a 2013 result reported as done
    TARGET = "target"  # a goal for 2014
    FACT = "fact"  # a plain fact about the meeting or its context, neither result nor goal


class Commitment(StrEnum):
    """How firmly a target is promised; only targets have one."""

    FIRM = "firm"  # 要, 推动完成, a plain statement of what will be done
    ASPIRATIONAL = "aspirational"  # 力争, 争取: "strive for"


class PeriodKind(StrEnum):
    YEAR = "year"  # the calendar year (全年, 2014年内)
    AS_OF = "as_of"  # a stock at a date (截至11月底)
    DEADLINE = "deadline"  # to be reached by a date (2014年底前)
    INTERVAL = "interval"  # a stretch of days, such as the meeting itself


@attrs.frozen(kw_only=True)
class Period:
    """The time a figure refers to. Build one with :meth:`year`, :meth:`as_of`, :meth:`by`."""

    kind: PeriodKind = checks.described(
        checks.member(PeriodKind), "Year, as of a date, deadline, or a stretch of days."
    )
    end: datetime.date = checks.described(
        checks.date, "The last day of the period, the as-of date, or the deadline."
    )
    start: datetime.date | None = checks.described(
        checks.optional(checks.date), "The first day, for years and intervals only.", default=None
    )

    def __attrs_post_init__(self) -> None:
        ranged = self.kind in (PeriodKind.YEAR, PeriodKind.INTERVAL)
        if ranged != (self.start is not None):
            need = "needs" if ranged else "takes no"
            raise DataError(f"a {self.kind.value} period {need} a start date", path="$.start")
        if self.start is not None and self.start > self.end:
            raise DataError(f"starts {self.start} after it ends {self.end}", path="$.start")
        if self.kind is PeriodKind.YEAR and not (
            self.start == datetime.date(self.end.year, 1, 1)
            and self.end == datetime.date(self.end.year, 12, 31)
        ):
            raise DataError("a year period runs from 1 January to 31 December", path="$.start")

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(
            kind=PeriodKind.YEAR,
            start=datetime.date(year, 1, 1),
            end=datetime.date(year, 12, 31),
        )

    @classmethod
    def as_of(cls, date: datetime.date) -> Period:
        return cls(kind=PeriodKind.AS_OF, end=date)

    @classmethod
    def by(cls, date: datetime.date) -> Period:
        return cls(kind=PeriodKind.DEADLINE, end=date)

    @classmethod
    def interval(cls, start: datetime.date, end: datetime.date) -> Period:
        return cls(kind=PeriodKind.INTERVAL, start=start, end=end)

    @property
    def label_en(self) -> str:
        if self.kind is PeriodKind.YEAR:
            return f"calendar year {self.end.year}"
        if self.kind is PeriodKind.AS_OF:
            return f"as of {self.end.isoformat()}"
        if self.kind is PeriodKind.DEADLINE:
            return f"by {self.end.isoformat()}"
        assert self.start is not None
        if self.start == self.end:
            return f"on {self.end.isoformat()}"
        return f"{self.start.isoformat()} to {self.end.isoformat()}"


#: The most characters of a figure's short labels, English and Chinese.
SHORT_EN, SHORT_ZH = 40, 12


@attrs.frozen(kw_only=True, repr=False)
class Figure(Record):
    """One number the report states, with everything needed to read it correctly.

    ``value`` is in base units (2万亿元 is 2,000,000,000,000 yuan) and exact: a
    :class:`~decimal.Decimal` for what is printed in decimals, a
    :class:`~fractions.Fraction` for what is printed as a fraction (三分之一).
    ``numeral`` keeps the number as written, and must appear in ``quote``.
    """

    label_en: str = checks.described(
        checks.text, "What is measured, in English, precisely (subject, scope, unit)."
    )
    label_zh: str = checks.described(
        checks.text, "What is measured, in the source's Chinese terms."
    )
    label_short_en: str = checks.short_text(
        SHORT_EN,
        f"What is measured, in English of at most {SHORT_EN} characters: for a chart's axis"
        " or a narrow column.",
    )
    label_short_zh: str = checks.short_text(
        SHORT_ZH, f"What is measured, in Chinese of at most {SHORT_ZH} characters."
    )
    value: exact.Value = checks.described(
        checks.exact_value,
        "The number, exact and in base units (万 and 亿 multiplied out).",
        eq=exact.compared,
    )
    unit: Unit = checks.described(checks.member(Unit), "What the value counts or measures.")
    qualifier: Qualifier = checks.described(
        checks.member(Qualifier),
        "How the wording bounds the number: 约/左右 about,"
        " 超过/突破/多 more than, 以上 at least, 近 nearly.",
    )
    status: Status = checks.described(
        checks.member(Status),
        "The kind of statement: 2013 estimate, 2013 result, 2014 target, or fact.",
    )
    commitment: Commitment | None = checks.described(
        checks.optional(checks.member(Commitment)),
        "For targets only: firm (要) or aspirational (力争, 争取).",
    )
    period: Period = checks.described(checks.of_type(Period), "The time the figure refers to.")
    numeral: str = checks.described(
        checks.text, "The number as printed, with its measure word (e.g. 600多万户)."
    )
    counted: str | None = checks.described(
        checks.optional(checks.text),
        "For counts only: what is counted, as an English plural noun.",
        default=None,
    )
    note_en: str | None = checks.described(
        checks.optional(checks.text),
        "How the figure was read, where the reading needs a word of explanation.",
        default=None,
    )

    def __attrs_post_init__(self) -> None:
        if self.numeral not in self.quote:
            raise DataError(
                f"numeral {checks.describe(self.numeral)} is not in the quote", path="$.numeral"
            )
        if (self.status is Status.TARGET) != (self.commitment is not None):
            raise DataError(
                "a target needs a commitment and only a target has one", path="$.commitment"
            )
        if (self.unit is Unit.COUNT) != (self.counted is not None):
            raise DataError(
                "a count says what it counts (counted) and only a count does", path="$.counted"
            )

    def __float__(self) -> float:
        return float(self.value)

    def summary(self) -> str:
        from .wording import figure_value

        return f"{figure_value(self)} ({self.status.value}, {self.period.label_en})"

    @property
    def as_float(self) -> float:
        """A float view for plotting; the exact number stays in :attr:`value`."""
        return float(self.value)
