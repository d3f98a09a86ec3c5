"""Numbers as they arrive at an operation (compare, evaluate, a Quantity, the derived
helpers, a tolerance): bounded, and read exactly whatever their type."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest

import miit2014
from miit2014 import DataError, compare, evaluate
from miit2014.analysis.derived import implied_base
from miit2014.analysis.quantity import Quantity
from miit2014.model import exact

HUGE = [
    Decimal("1e50"),
    Decimal("1e-50"),
    Fraction(1, 10**41),
    10**41,
    10**5000,
    Decimal("1e999999999"),
    Decimal("1e-999999"),
    Fraction(1, 2**400000),
]


TARGET = miit2014.get("figure.administrative-approval-items-reduction-target-2014")


LEVEL = miit2014.get("figure.information-consumption-2013")


GROWTH = miit2014.get("figure.information-consumption-growth-2013")


TINY = [x for x in HUGE if x < 1]  # what a tolerance (in [0, 1)) could be


ENTRY_POINTS: dict[str, Callable[[Any], object]] = {
    "compare": lambda x: compare((x, "count"), (1, "count")),
    "evaluate": lambda x: evaluate(TARGET, x),
    "Quantity": lambda x: Quantity(x, "count"),
    "derived": lambda x: implied_base((x, "yuan"), GROWTH),
    "compare tolerance": lambda x: compare(LEVEL, LEVEL, tolerance=x),
    "evaluate tolerance": lambda x: evaluate(TARGET, Fraction(1, 3), tolerance=x),
    "derived tolerance": lambda x: implied_base(LEVEL, GROWTH, tolerance=x),
}


CASES = [
    (entry, number) for entry in ENTRY_POINTS for number in (TINY if "tolerance" in entry else HUGE)
]


@pytest.mark.parametrize(
    ("entry", "number"), CASES, ids=[f"{e}-{exact.describe(n)[:24]}" for e, n in CASES]
)
def test_numbers_beyond_the_bound_are_refused_stating_it(entry: str, number: object) -> None:
    with pytest.raises(DataError, match=r"below 10\*\*40 .* at most 10\*\*40") as info:
        ENTRY_POINTS[entry](number)
    assert len(str(info.value)) < 500


def test_numpy_and_pandas_integers_are_numbers() -> None:
    np = pytest.importorskip("numpy")
    pd = pytest.importorskip("pandas")
    cities = miit2014.get("figure.lte-commercial-cities-target-2014")
    plain = evaluate(cities, 301)
    assert plain.met
    for value in (np.int64(301), np.int32(301), pd.Series([301], dtype="Int64")[0]):
        assert evaluate(cities, value) == plain
    assert compare((np.int64(3), "count"), (Decimal(1), "count")).ratio == 3


def test_a_float_in_a_pair_is_read_through_its_shortest_repr() -> None:
    assert compare((9.8, "percent"), (1, "percent")).difference == Decimal("8.8")


def test_a_quantity_keeps_the_float_it_was_read_from_only_while_its_value_is_that_float() -> None:
    q = Quantity(9.8, "percent")
    assert q.from_float == "9.8"
    assert attrs.evolve(q, label="x").from_float == "9.8"
    assert attrs.evolve(q, value=Fraction(7)).from_float is None
    assert attrs.evolve(q, value=2.5).from_float == "2.5"
    assert Quantity(Decimal("9.8"), "percent", from_float="1e999999999").from_float is None
    assert Quantity(Decimal("9.8"), "percent", from_float="not a float").from_float is None
    assert q == Quantity("9.8", "percent")  # how a value was given is not what it is
