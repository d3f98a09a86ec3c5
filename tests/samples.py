"""One of each kind of object the package hands out, for the tests that must hold for all
of them (pickling, immutability)."""

from __future__ import annotations

import miit2014
from miit2014 import REPORT, DataError, compare, evaluate, from_json, glossary, to_json
from miit2014.analysis.derived import implied_base
from miit2014.analysis.search import search
from miit2014.exchange import tables
from miit2014.outcomes import IPTV_USERS_2014_OUTCOME, OUTCOMES

LEVEL = miit2014.get("figure.information-consumption-2013")
GROWTH = miit2014.get("figure.information-consumption-growth-2013")


def everything() -> dict[str, object]:
    loaded = from_json(to_json(REPORT))
    return {
        "REPORT": REPORT,
        "a loaded report": loaded,
        "its index": loaded.index,
        "REPORT.index": REPORT.index,
        "figures": REPORT.figures,
        "a record": REPORT.meeting,
        "outcomes": OUTCOMES,
        "hits": search("broadband"),
        "a comparison": compare(LEVEL, LEVEL),
        "an evaluation": evaluate(
            miit2014.get(IPTV_USERS_2014_OUTCOME.target_id), IPTV_USERS_2014_OUTCOME
        ),
        "a derived value": implied_base(LEVEL, GROWTH),
        "a table": tables.table("figures"),
        "an error": DataError("x", path="$.a", problems=[("$.a", "x"), ("$.b", "y")]),
        "the glossary": glossary.TERMS,
        "the kinds": tables.KINDS,
    }


EVERYTHING = [
    "REPORT",
    "a loaded report",
    "its index",
    "REPORT.index",
    "figures",
    "a record",
    "outcomes",
    "hits",
    "a comparison",
    "an evaluation",
    "a derived value",
    "a table",
    "an error",
    "the glossary",
    "the kinds",
]
