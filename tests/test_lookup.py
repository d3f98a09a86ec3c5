"""Finding records by id."""

from __future__ import annotations

import pytest

import miit2014
from miit2014 import REPORT


def test_get_returns_the_same_object_as_the_constant() -> None:
    from miit2014.figures import INDUSTRIAL_VALUE_ADDED_GROWTH_2013

    found = miit2014.get("figure.industrial-value-added-growth-2013")
    assert found is INDUSTRIAL_VALUE_ADDED_GROWTH_2013
    assert found in REPORT.figures


def test_get_reaches_nested_records() -> None:
    headline = REPORT.meeting.headline
    assert miit2014.get(headline.id) is headline


def test_unknown_id_suggests_close_ones() -> None:
    close = r"did you mean 'figure\.industrial-value-added-growth-2013'"
    with pytest.raises(KeyError, match=close):
        miit2014.get("figure.industrial-value-added-growth-2014")


@pytest.mark.parametrize("bad", ["", "nothing-like-it", 42, None])
def test_unknown_or_non_string_id_is_a_key_error(bad: object) -> None:
    with pytest.raises(KeyError):
        miit2014.get(bad)  # type: ignore[arg-type]
