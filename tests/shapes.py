"""Hostile documents of growing size, built from the shipped export.

Each builder takes a size ``n`` and returns JSON text whose cost to load (or refuse) a
linear loader pays in proportion to ``n``. The tests count the work these take; the
adversarial benchmark (``benchmarks/adversarial.py``) times them. Only the exchange
format is used, so the same documents load on any version of the package.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from typing import Any

from miit2014 import REPORT, SOURCE_TEXT, to_json

GOOD_TEXT = to_json(REPORT)
GOOD: dict[str, Any] = json.loads(GOOD_TEXT)


def _copy() -> dict[str, Any]:
    return json.loads(json.dumps(GOOD))


def _text(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False)


def _span(start: int, end: int) -> dict[str, int]:
    return {"start": start, "end": end}


def _decoy_names(count: int, avoid: str) -> list[str]:
    """``count`` distinct substrings of the source, none inside ``avoid``."""
    found: dict[str, None] = {}
    for length in range(4, 40):
        for start in range(len(SOURCE_TEXT) - length):
            name = SOURCE_TEXT[start : start + length]
            if name.strip() != name or "\n" in name or name in avoid:
                continue
            found.setdefault(name)
            if len(found) == count:
                return list(found)
    raise ValueError(f"the source has fewer than {count} distinct names")


def mentions_and_names(n: int, *, refused: bool = False) -> str:
    """One initiative with ``n`` further names and ``n`` mentions, each mention naming
    only the last name (the worst order for a check of every name against every mention).

    ``refused``: a link is broken, which only the report's own check finds once every
    record is built, so a loader that starts over to list the problems pays twice.
    """
    data = _copy()
    width = 1
    while width * width < n:
        width += 1
    first = SOURCE_TEXT[:4]  # the record's own name, and its first mention
    where = 2300 + next(i for i, c in enumerate(SOURCE_TEXT[2300:]) if not c.isspace())
    late = SOURCE_TEXT[where : where + 1]  # the one name every other mention holds
    region = SOURCE_TEXT[where - width : where + 1 + width]
    mentions = [_span(0, 4)]
    mentions += [
        _span(where - before, where + 1 + after)
        for before in range(width)
        for after in range(width)
    ][:n]
    mentions.sort(key=lambda s: (s["start"], s["end"]))
    names = [*_decoy_names(n - 1, region + first), late]
    record = dict(data["initiatives"][0])
    record.update(
        span=mentions[0], quote=first, name_zh=first, mentions=mentions, other_names_zh=names
    )
    data["initiatives"] = [record]
    if refused:
        data["posts"][-1]["person_id"] = "person.nobody"
    return _text(data)


def chairs_and_participants(n: int) -> str:
    """A meeting of ``n`` sessions and ``n`` participants; the chair is listed last."""
    data = _copy()
    meeting = data["meeting"]
    person = data["people"][0]
    people = [dict(person, id=f"person.p{i}") for i in range(n)]
    data["people"] = [data["people"][0], *people, *data["people"][1:]]  # document order
    attended = dict(meeting["participants"][-1])
    participants = [p for p in meeting["participants"] if p["role"] != "chaired"]
    participants += [
        dict(attended, id=f"meeting.role.p{i}", person_id=p["id"]) for i, p in enumerate(people)
    ]
    participants += [p for p in meeting["participants"] if p["role"] == "chaired"]
    chair = participants[-1]["person_id"]
    session = dict(meeting["schedule"][0], chair_id=chair)
    days = (n + 1) // 2
    first = datetime.date.fromisoformat(meeting["start_date"])
    schedule = []
    for i in range(n):
        day = (first + datetime.timedelta(days=i // 2)).isoformat()
        part = ("morning", "afternoon")[i % 2]
        schedule.append(dict(session, id=f"meeting.session.s{i}", date=day, part_of_day=part))
    meeting.update(
        schedule=schedule,
        participants=participants,
        end_date=(first + datetime.timedelta(days=max(days, 1))).isoformat(),
    )
    return _text(data)


def long_url(n: int) -> str:
    """A citation whose address is ``n`` characters of dotted host and then a space:
    what a pattern with nested repeats backtracks over longest."""
    data = _copy()
    for initiative in data["initiatives"]:
        if initiative["citations"]:
            initiative["citations"][0]["url"] = "https://" + "a." * (n // 2) + " x"
            break
    return _text(data)


def deep_chain(n: int) -> str:
    """A task tree that is one chain ``n`` deep."""
    data = _copy()
    top = data["tasks"][0]
    ids = ["chain", *(f"chain.t{i}" for i in range(1, n))]
    parents = [None, *ids[:-1]]
    data["tasks"] = [dict(top, id=i, parent=p) for i, p in zip(ids, parents, strict=True)]
    return _text(data)


def bad_fields(n: int) -> str:
    """``n`` figures, each with a bad unit: every problem is to be found and reported."""
    data = _copy()
    figure = data["figures"][0]
    data["figures"] = [dict(figure, id=f"figure.f{i}", unit="parsecs") for i in range(n)]
    return _text(data)


def long_value(n: int) -> str:
    """A bad field whose name, and another whose value, are ``n`` characters long."""
    data = _copy()
    data["figures"][0]["x" * n] = "y"
    data["initiatives"][0]["other_names_zh"] = ["的" * n]
    return _text(data)


def tasks_and_figures(n: int) -> str:
    """A valid report with ``n`` more tasks and ``n`` more figures: each new task one
    character of a leaf task (so siblings never overlap), each new figure a copy of a
    shipped one under a new id (so every shipped figure's place is shared by ``n / 31``).

    What an export pays per figure for finding its task, and what the reading page pays
    per card for the figures sharing its place, grow with ``n``: linear operations keep
    their time per ``n`` flat. At most 3,716 (the leaves' non-blank characters).
    """
    data = _copy()
    tasks = data["tasks"]
    parents = {task["parent"] for task in tasks}
    extra: list[dict[str, Any]] = []
    for leaf in (task for task in tasks if task["id"] not in parents):
        for at in range(leaf["span"]["start"], leaf["span"]["end"]):
            if len(extra) < n and not SOURCE_TEXT[at].isspace():
                child = dict(leaf, id=f"{leaf['id']}.c{at}", parent=leaf["id"])
                child.update(span=_span(at, at + 1), quote=SOURCE_TEXT[at])
                extra.append(child)
    if len(extra) < n:
        raise ValueError(f"the leaf tasks have {len(extra):,} characters, not {n:,}")
    data["tasks"] = sorted([*tasks, *extra], key=lambda t: (t["span"]["start"], -t["span"]["end"]))
    figures = data["figures"]
    copies = [figures[i % len(figures)] for i in range(n)]
    figures += [dict(f, id=f"{f['id']}.copy{i}") for i, f in enumerate(copies)]
    figures.sort(key=lambda f: (f["span"]["start"], f["span"]["end"]))  # stable: copies after
    return _text(data)


#: Every shape by name, with the size it is measured from.
SHAPES: dict[str, tuple[Callable[[int], str], int]] = {
    "mentions x names": (mentions_and_names, 1000),
    "mentions x names, refused": (lambda n: mentions_and_names(n, refused=True), 1000),
    "sessions x participants": (chairs_and_participants, 4000),
    "long URL": (long_url, 2000),
    "deep chain": (deep_chain, 500),
    "many bad fields": (bad_fields, 2000),
    "long bad value": (long_value, 1_000_000),
}
