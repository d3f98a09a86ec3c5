"""Every figure of the report, one named constant each, in document order.

Names are public API: ``WHAT_IS_MEASURED[_TARGET]_YEAR``. Each constant is the very object
found in ``REPORT.figures``. Values are exact and in base units (万 and 亿 multiplied out).
"""

from __future__ import annotations

from decimal import Decimal

from .model.base import Span
from .model.figure import Figure, Period, Qualifier, Status, Unit

_YEAR_2013 = Period.year(2013)

# -- 2013 review, item 1: expanding domestic demand (一是扩大内需促进工业平稳增长) ------------

#: Value added of industrial enterprises above designated size grew about 9.8% in 2013 (estimate).
INDUSTRIAL_VALUE_ADDED_GROWTH_2013 = Figure(
    id="figure.industrial-value-added-growth-2013",
    span=Span(567, 584),
    quote="规模以上工业增加值增长9.8%左右",
    label_en="Growth of value added of industrial enterprises above designated size",
    label_zh="规模以上工业增加值增长",
    value=Decimal("9.8"),
    unit=Unit.PERCENT,
    qualifier=Qualifier.ABOUT,
    status=Status.ESTIMATED,
    commitment=None,
    period=_YEAR_2013,
    numeral="9.8%",
    note_en="Year-on-year growth, as estimated for the full year (预计全年).",
)

#: Profits of industrial enterprises above designated size grew 13% in 2013 (estimate).
INDUSTRIAL_PROFIT_GROWTH_2013 = Figure(
    id="figure.industrial-profit-growth-2013",
    span=Span(585, 592),
    quote="利润增长13%",
    label_en="Growth of profits of industrial enterprises above designated size",
    label_zh="规模以上工业利润增长",
    value=Decimal("13"),
    unit=Unit.PERCENT,
    qualifier=Qualifier.EXACT,
    status=Status.ESTIMATED,
    commitment=None,
    period=_YEAR_2013,
    numeral="13%",
    note_en="The subject is carried over from the preceding clause (规模以上工业).",
)

#: Information consumption exceeded 2 trillion yuan in 2013 (estimate).
INFORMATION_CONSUMPTION_2013 = Figure(
    id="figure.information-consumption-2013",
    span=Span(593, 605),
    quote="信息消费规模超过2万亿元",
    label_en="Size of information consumption",
    label_zh="信息消费规模",
    value=Decimal("2000000000000"),
    unit=Unit.YUAN,
    qualifier=Qualifier.MORE_THAN,
    status=Status.ESTIMATED,
    commitment=None,
    period=_YEAR_2013,
    numeral="2万亿元",
)

#: Information consumption grew about 25% in 2013 (estimate).
INFORMATION_CONSUMPTION_GROWTH_2013 = Figure(
    id="figure.information-consumption-growth-2013",
    span=Span(593, 613),
    quote="信息消费规模超过2万亿元，增长25%左右",
    label_en="Growth of information consumption",
    label_zh="信息消费增长",
    value=Decimal("25"),
    unit=Unit.PERCENT,
    qualifier=Qualifier.ABOUT,
    status=Status.ESTIMATED,
    commitment=None,
    period=_YEAR_2013,
    numeral="25%",
)

#: Telecom business revenue grew 8.4% in 2013 (estimate).
TELECOM_REVENUE_GROWTH_2013 = Figure(
    id="figure.telecom-revenue-growth-2013",
    span=Span(614, 645),
    quote="电信业务收入、软件和信息技术服务业收入分别增长8.4%和25%",
    label_en="Growth of telecommunications business revenue",
    label_zh="电信业务收入增长",
    value=Decimal("8.4"),
    unit=Unit.PERCENT,
    qualifier=Qualifier.EXACT,
    status=Status.ESTIMATED,
    commitment=None,
    period=_YEAR_2013,
    numeral="8.4%",
)

#: Revenue of the software and information technology services industry grew 25% in 2013 (estimate).
SOFTWARE_IT_SERVICES_REVENUE_GROWTH_2013 = Figure(
    id="figure.software-it-services-revenue-growth-2013",
    span=Span(614, 645),
    quote="电信业务收入、软件和信息技术服务业收入分别增长8.4%和25%",
    label_en="Growth of revenue of the software and information technology services industry",
    label_zh="软件和信息技术服务业收入增长",
    value=Decimal("25"),
    unit=Unit.PERCENT,
    qualifier=Qualifier.EXACT,
    status=Status.ESTIMATED,
    commitment=None,
    period=_YEAR_2013,
    numeral="25%",
)

#: All figures in document order (figures sharing a clause keep the clause's order).
FIGURES: tuple[Figure, ...] = (
    INDUSTRIAL_VALUE_ADDED_GROWTH_2013,
    INDUSTRIAL_PROFIT_GROWTH_2013,
    INFORMATION_CONSUMPTION_2013,
    INFORMATION_CONSUMPTION_GROWTH_2013,
    TELECOM_REVENUE_GROWTH_2013,
    SOFTWARE_IT_SERVICES_REVENUE_GROWTH_2013,
)
