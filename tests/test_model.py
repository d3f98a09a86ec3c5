"""Constructors refuse bad input with DataError naming the field, and build nothing half-way."""

from __future__ import annotations

import datetime
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from miit2014 import REPORT, DataError
from miit2014.model import Commitment, Figure, Period, Report, Span, Status, Unit

FIGURE = REPORT.figures[0]


def _refuses(path: str, make: Any, *args: Any, **kwargs: Any) -> DataError:
    with pytest.raises(DataError) as info:
        make(*args, **kwargs)
    assert info.value.path == path, str(info.value)
    return info.value


@pytest.mark.parametrize(
    ("start", "end", "path"),
    [
        (-1, 5, "$.start"),
        (5, 5, "$.start"),
        (6, 5, "$.start"),
        (0, 10**6, "$.start"),
        (True, 5, "$.start"),
        (0, 5.0, "$.end"),
        ("0", 5, "$.start"),
    ],
)
def test_span_refuses_what_is_not_a_range_in_the_text(start: Any, end: Any, path: str) -> None:
    _refuses(path, Span, start, end)


def test_span_containment_and_overlap() -> None:
    outer, inner = Span(10, 20), Span(12, 15)
    assert inner in outer
    assert outer not in inner
    assert 10 in outer
    assert 20 not in outer
    assert outer.overlaps(Span(19, 25))
    assert not outer.overlaps(Span(20, 25))


@pytest.mark.parametrize(
    ("changes", "path", "message"),
    [
        ({"value": 9.8}, "$.value", "binary floats"),
        ({"value": Decimal("NaN")}, "$.value", "not a finite number"),
        ({"value": Decimal("1e50")}, "$.value", "more than 40"),
        ({"value": "9.8"}, "$.value", "exact Decimal or Fraction"),
        ({"unit": "parsecs"}, "$.unit", "is not one of"),
        ({"qualifier": "roughly"}, "$.qualifier", "is not one of"),
        ({"quote": "规模以上"}, "$.quote", "is not the source text"),
        ({"numeral": "9.9%"}, "$.numeral", "not in the quote"),
        ({"commitment": Commitment.FIRM}, "$.commitment", "only a target"),
        ({"status": Status.TARGET}, "$.commitment", "a target needs"),
        ({"unit": Unit.COUNT}, "$.counted", "says what it counts"),
        ({"id": "Figure One"}, "$.id", "is not an id"),
        ({"label_en": " padded "}, "$.label_en", "trimmed"),
        ({"label_en": ""}, "$.label_en", "non-empty"),
        ({"label_en": 3}, "$.label_en", "expected str"),
        ({"span": (567, 584)}, "$.span", "expected Span"),
        ({"period": "2013"}, "$.period", "expected Period"),
    ],
)
def test_figure_refuses_bad_fields(changes: dict[str, Any], path: str, message: str) -> None:
    error = _refuses(path, attrs.evolve, FIGURE, **changes)
    assert message in str(error)


def test_exact_values_are_accepted_as_given() -> None:
    third = attrs.evolve(FIGURE, value=Fraction(1, 3), unit=Unit.FRACTION)
    assert third.value == Fraction(1, 3)
    assert float(third) == pytest.approx(1 / 3)
    assert FIGURE.as_float == 9.8
    assert str(FIGURE.value) == "9.8"


@pytest.mark.parametrize(
    ("make", "path"),
    [
        (lambda: Period(kind="year", end=datetime.date(2013, 12, 31)), "$.kind"),  # type: ignore[arg-type]
        (
            lambda: Period.by(datetime.date(2014, 12, 31)).__class__(
                kind=Period.by(datetime.date(2014, 12, 31)).kind,
                end=datetime.date(2014, 12, 31),
                start=datetime.date(2014, 1, 1),
            ),
            "$.start",
        ),
        (
            lambda: Period.interval(datetime.date(2013, 12, 28), datetime.date(2013, 12, 27)),
            "$.start",
        ),
        (
            lambda: Period(
                kind=Period.year(2013).kind,
                start=datetime.date(2013, 2, 1),
                end=datetime.date(2013, 12, 31),
            ),
            "$.start",
        ),
        (lambda: Period.as_of("2013-11-30"), "$.end"),  # type: ignore[arg-type]
    ],
)
def test_period_refuses_inconsistent_dates(make: Any, path: str) -> None:
    _refuses(path, make)


def test_period_labels() -> None:
    assert Period.year(2013).label_en == "calendar year 2013"
    assert Period.as_of(datetime.date(2013, 11, 30)).label_en == "as of 2013-11-30"
    assert Period.by(datetime.date(2014, 12, 31)).label_en == "by 2014-12-31"


junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=5),
    st.lists(st.integers(), max_size=2),
    st.tuples(st.integers()),
)


@given(st.sampled_from([f.name for f in attrs.fields(Figure)]), junk)
def test_any_junk_field_raises_only_data_error(name: str, value: Any) -> None:
    try:
        result = attrs.evolve(FIGURE, **{name: value})
    except DataError as error:
        assert error.path.startswith("$.")
        return
    # junk that is accepted must be a legitimate value for that field
    assert getattr(result, name) == value
    assert name in {
        "id",
        "note_en",
        "counted",
        "commitment",
        "label_en",
        "label_zh",
        "label_short_en",
        "label_short_zh",
        "numeral",
    }


def _report(**changes: Any) -> Report:
    fields = {f.name: getattr(REPORT, f.name) for f in attrs.fields(Report) if f.init}
    fields.update(changes)
    return Report(**fields)


def test_report_refuses_duplicate_ids() -> None:
    twice = (*REPORT.figures, REPORT.figures[-1])
    error = _refuses(f"$.figures[{len(twice) - 1}].id", _report, figures=twice)
    assert "already used" in str(error)


def test_report_refuses_records_out_of_document_order() -> None:
    reordered = tuple(reversed(REPORT.figures))
    with pytest.raises(DataError, match="out of document order"):
        _report(figures=reordered)


def test_report_refuses_broken_links() -> None:
    post = attrs.evolve(REPORT.posts[0], person_id="person.nobody")
    error = _refuses("$.posts[0].person_id", _report, posts=(post, *REPORT.posts[1:]))
    assert "'person.nobody' names no record" in str(error)


def test_report_refuses_links_to_the_wrong_kind_of_record() -> None:
    post = attrs.evolve(REPORT.posts[0], person_id=REPORT.organizations[0].id)
    error = _refuses("$.posts[0].person_id", _report, posts=(post, *REPORT.posts[1:]))
    assert "expected a Person" in str(error)


def test_report_refuses_a_foreign_document() -> None:
    _refuses("$.document_id", _report, document_id="miit-work-conference-2012-12-27")
    _refuses("$.source_sha256", _report, source_sha256="0" * 64)


def test_a_one_day_interval_reads_as_that_day() -> None:
    day = datetime.date(2013, 12, 28)
    assert Period.interval(day, day).label_en == "on 2013-12-28"


def test_report_refuses_a_task_that_overlaps_its_sibling() -> None:
    tasks = list(REPORT.tasks)
    i = next(k for k, t in enumerate(tasks) if not REPORT.children(t) and t.parent is not None)
    copied = attrs.evolve(tasks[i], id=f"{tasks[i].id}-copy")  # a sentence under a new id
    tasks.insert(i + 1, copied)
    error = _refuses(f"$.tasks[{i + 1}].span", _report, tasks=tuple(tasks))
    assert f"overlaps its sibling {tasks[i].id!r}" in str(error)


def test_loading_refuses_a_task_that_overlaps_its_sibling() -> None:
    import json

    from miit2014 import from_json, to_json

    data = json.loads(to_json(REPORT))
    tasks = data["tasks"]
    i = next(k for k, t in enumerate(tasks) if t["parent"] is not None and k + 1 < len(tasks))
    tasks.insert(i + 1, {**tasks[i], "id": tasks[i]["id"] + "-copy"})
    with pytest.raises(DataError, match="overlaps its sibling") as info:
        from_json(json.dumps(data, ensure_ascii=False))
    assert info.value.path == f"$.tasks[{i + 1}].span"


def _copied_figures() -> tuple[Figure, ...]:
    """Figures of a report of its own, so a change to one leaves the shipped one alone."""
    from miit2014 import from_json, to_json

    return from_json(to_json(REPORT)).figures


@pytest.mark.parametrize(
    ("name", "value", "path"),
    [
        ("quote", "伪造的引文", "$.figures[0].quote"),  # no longer the source text
        ("span", "not a span", "$.figures[0].span"),
        ("span", REPORT.figures[1].span, "$.figures[0].quote"),  # quote no longer there
        ("unit", "bogus", "$.figures[0].unit"),  # any field: every validator runs again
        ("value", 1.5, "$.figures[0].value"),
        ("label_en", "", "$.figures[0].label_en"),
    ],
)
def test_report_refuses_a_record_changed_after_it_was_built(
    name: str, value: object, path: str
) -> None:
    figures = _copied_figures()
    object.__setattr__(figures[0], name, value)
    _refuses(path, _report, figures=tuple(figures))


# -- text and number fields refuse what a reader cannot see or print -------------------


def test_a_huge_integer_value_is_described_not_printed() -> None:
    with pytest.raises(DataError, match="an integer of about 5,001 digits"):
        attrs.evolve(REPORT.figures[0], value=10**5000)


@pytest.mark.parametrize(
    "char", ["\x1b", "\x00", "\x07", "\r", "\t", "\x7f", "\x85", "\u2028", "\u2029"]
)
def test_text_refuses_control_characters_naming_the_field(char: str) -> None:
    with pytest.raises(DataError, match=f"U\\+{ord(char):04X}") as info:
        attrs.evolve(REPORT.figures[0], label_en=f"red{char}alert")
    assert info.value.path == "$.label_en"


def test_text_keeps_the_sources_own_line_break() -> None:
    assert "\n" in REPORT.tasks[0].quote
    assert attrs.evolve(REPORT.figures[0], note_en="two\nlines").note_en == "two\nlines"


def test_a_report_loaded_from_json_checks_each_record_once() -> None:
    """The loader builds every record from the text, validators and all, so the report it
    builds from them repeats only the provenance check, not every validator."""
    from unittest import mock

    from miit2014 import from_json, to_json

    text = to_json(REPORT)
    with mock.patch("attrs.validate", side_effect=AssertionError("validated twice")):
        assert from_json(text) == REPORT
