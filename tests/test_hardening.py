"""Issue 15, one test (or a few) per numbered defect: ``test_defect_NN_*`` is defect NN.

Each was written to fail on the code the issue was filed against. Nothing here times
anything: where a defect is a cost that grows too fast, the test counts the work done
(lines of the package run, comparisons made, records built) at growing sizes.
"""

from __future__ import annotations

import contextlib
import copy
import datetime
import decimal
import json
import os
import pickle
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from pathlib import Path
from types import FunctionType, MappingProxyType, ModuleType, UnionType
from typing import Any, TypeVar

import attrs
import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import miit2014
import shapes
from miit2014 import REPORT, DataError, compare, evaluate, from_json, glossary, to_json
from miit2014.analysis.derived import implied_base
from miit2014.analysis.quantity import Quantity
from miit2014.analysis.query import outline, tasks_where
from miit2014.analysis.search import search
from miit2014.exchange import formats, tables
from miit2014.exchange.schema import json_schema
from miit2014.model import Citation, Figure, Report, exact, html, wording
from miit2014.model.entities import MeetingRole, PartOfDay
from miit2014.model.frozen import FrozenMap
from miit2014.model.report import MAX_TASK_DEPTH
from miit2014.outcomes import IPTV_USERS_2014_OUTCOME, OUTCOMES

PACKAGE = os.path.dirname(miit2014.__file__)


def _lines_run(action: Callable[[], object]) -> int:
    """How many lines of the package's own code ``action`` runs (a measure of work)."""
    count = 0

    def local(frame: Any, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def calls(frame: Any, event: str, arg: Any) -> Any:
        return local if frame.f_code.co_filename.startswith(PACKAGE) else None

    sys.settrace(calls)
    try:
        action()
    finally:
        sys.settrace(None)
    return count


def _load(text: str) -> None:
    with contextlib.suppress(DataError):
        from_json(text)


def _grows_linearly(work: Callable[[int], int], n: int) -> tuple[int, int]:
    """The extra work from n to 2n and from 2n to 4n: about 1:2 if linear, 1:4 if
    quadratic (differences, so the fixed cost of the rest of the document drops out)."""
    w1, w2, w4 = work(n), work(2 * n), work(4 * n)
    return w2 - w1, w4 - w2


# -- 1. quadratic loading --------------------------------------------------------------


def test_defect_01_mentions_times_names_is_linear_work() -> None:
    texts = {n: shapes.mentions_and_names(n) for n in (100, 200, 400)}
    _load(texts[100])  # the converter is built on first use: not part of the count
    first, second = _grows_linearly(lambda n: _lines_run(lambda: _load(texts[n])), 100)
    assert second <= 2.6 * first, (first, second)


@pytest.mark.parametrize(
    ("shape", "n"),
    [
        ("mentions x names, refused", 100),
        ("sessions x participants", 250),
        ("long URL", 500),
        ("deep chain", 125),
        ("many bad fields", 250),
        ("long bad value", 100_000),
    ],
)
def test_defect_01_every_hostile_shape_is_linear_work(shape: str, n: int) -> None:
    build, _ = shapes.SHAPES[shape]
    texts = {k: build(k) for k in (n, 2 * n, 4 * n)}
    _load(texts[n])  # the converters are built on first use: not part of the count
    first, second = _grows_linearly(lambda k: _lines_run(lambda: _load(texts[k])), n)
    assert second <= 2.6 * max(first, 1), (first, second)


class _CountingId(str):
    """An id that counts how often it is compared for equality."""

    compared = 0

    def __eq__(self, other: object) -> bool:
        _CountingId.compared += 1
        return str.__eq__(self, other)

    __hash__ = str.__hash__


def _meeting_with(n: int) -> int:
    """Build a meeting of ``n`` sessions and ``n`` attendees; return the comparisons made."""
    meeting = REPORT.meeting
    first = meeting.start_date
    session = meeting.schedule[0]
    sessions = tuple(
        attrs.evolve(
            session,
            id=f"meeting.s{i}",
            date=first + datetime.timedelta(days=i // 2),
            part_of_day=(PartOfDay.MORNING, PartOfDay.AFTERNOON)[i % 2],
        )
        for i in range(n)
    )
    attendee = next(p for p in meeting.participants if p.role is MeetingRole.ATTENDED)
    others = tuple(
        attrs.evolve(attendee, id=f"meeting.r{i}", person_id=_CountingId(f"person.p{i}"))
        for i in range(n)
    )
    kept = tuple(p for p in meeting.participants if p.role is not MeetingRole.ATTENDED)
    _CountingId.compared = 0
    attrs.evolve(
        meeting,
        end_date=first + datetime.timedelta(days=n),
        schedule=sessions,
        participants=(*others, *kept),  # the chair's own participation last
    )
    return _CountingId.compared


def test_defect_01_chairs_are_looked_up_not_scanned() -> None:
    assert _meeting_with(400) <= 4 * 400


def test_defect_01_a_refused_document_builds_each_record_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built = 0
    original = Figure.__attrs_post_init__

    def counting(self: Figure) -> None:
        nonlocal built
        built += 1
        original(self)

    text = shapes.mentions_and_names(50, refused=True)  # refused by the report's own check
    monkeypatch.setattr(Figure, "__attrs_post_init__", counting)
    with pytest.raises(DataError, match="names no record"):
        from_json(text)
    assert built == len(REPORT.figures)


# -- 2. a URL pattern that backtracks -----------------------------------------------


def _citation(url: str) -> Citation:
    return Citation(publisher="p", title="t", url=url)


def test_defect_02_a_url_beyond_the_bound_is_refused_saying_the_bound() -> None:
    with pytest.raises(DataError, match="2,048 characters") as info:
        _citation("https://example.org/" + "a" * 40_000)
    assert len(str(info.value)) < 500


def test_defect_02_the_worst_url_below_the_bound_is_refused() -> None:
    with pytest.raises(DataError, match="not an http"):
        _citation("https://" + "a." * 1_000 + " x")


_OLD_URL = re.compile(r"https?://[^\s/]+\.[^\s/]+(?:/\S*)?")


@given(st.text(st.sampled_from("htps:/.a b"), max_size=30).map(lambda s: "https://" + s))
def test_defect_02_the_new_pattern_accepts_what_the_old_one_did(url: str) -> None:
    url = url.strip()
    try:
        _citation(url)
        accepted = True
    except DataError:
        accepted = False
    assert accepted == bool(_OLD_URL.fullmatch(url))


# -- 3. "exact" results that depended on the decimal context --------------------------


def test_defect_03_a_long_difference_stays_exact_under_the_default_context() -> None:
    long = "12345678901234567890.12345678901"
    assert compare((long, "count"), ("0", "count")).difference == Decimal(long)


def test_defect_03_an_explanation_ignores_the_callers_precision() -> None:
    target = miit2014.get(IPTV_USERS_2014_OUTCOME.target_id)
    expected = evaluate(target, IPTV_USERS_2014_OUTCOME).explain()
    with decimal.localcontext() as context:
        context.prec = 3
        assert evaluate(target, IPTV_USERS_2014_OUTCOME).explain() == expected
    assert "33,640,000" in expected


def _results() -> Iterator[object]:
    figures = REPORT.figures
    for a in figures[:8]:
        for b in figures[:8]:
            try:
                result = compare(a, b)
            except DataError:
                continue
            yield result.difference, result.difference_bounds, result.explain()
    for outcome in OUTCOMES:
        target = miit2014.get(outcome.target_id)
        try:
            evaluation = evaluate(target, outcome)
        except DataError:  # an outcome of another kind than its figure's
            continue
        yield evaluation.margin, evaluation.threshold, evaluation.explain()
    derived = implied_base(
        miit2014.get("figure.information-consumption-2013"),
        miit2014.get("figure.information-consumption-growth-2013"),
    )
    yield derived.value, derived.bounds, derived.explain()


DEFAULT_RESULTS = list(_results())


@given(
    st.integers(1, 30),
    st.sampled_from([getattr(decimal, name) for name in dir(decimal) if name.startswith("ROUND_")]),
    st.booleans(),
)
def test_defect_03_no_result_depends_on_the_decimal_context(
    precision: int, rounding: str, trap: bool
) -> None:
    with decimal.localcontext() as context:
        context.prec = precision
        context.rounding = rounding
        context.traps[decimal.Inexact] = context.traps[decimal.Rounded] = trap
        assert list(_results()) == DEFAULT_RESULTS


# -- 4. numbers without a bound ----------------------------------------------------------

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
def test_defect_04_numbers_beyond_the_bound_are_refused_stating_it(
    entry: str, number: object
) -> None:
    with pytest.raises(DataError, match=r"below 10\*\*40 .* at most 10\*\*40") as info:
        ENTRY_POINTS[entry](number)
    assert len(str(info.value)) < 500


def test_defect_04_numpy_and_pandas_integers_are_numbers() -> None:
    np = pytest.importorskip("numpy")
    pd = pytest.importorskip("pandas")
    cities = miit2014.get("figure.lte-commercial-cities-target-2014")
    plain = evaluate(cities, 301)
    assert plain.met
    for value in (np.int64(301), np.int32(301), pd.Series([301], dtype="Int64")[0]):
        assert evaluate(cities, value) == plain
    assert compare((np.int64(3), "count"), (Decimal(1), "count")).ratio == 3


def test_defect_04_a_float_is_read_through_its_shortest_repr() -> None:
    assert compare((9.8, "percent"), (1, "percent")).difference == Decimal("8.8")


# -- 5. pickling and copying -----------------------------------------------------------


def _everything() -> dict[str, object]:
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


@pytest.mark.parametrize("name", EVERYTHING)
def test_defect_05_pickles_copies_and_deep_copies_to_equal_objects(name: str) -> None:
    obj = _everything()[name]
    copies = [pickle.loads(pickle.dumps(obj, protocol)) for protocol in range(6)]
    copies += [copy.copy(obj), copy.deepcopy(obj)]
    for other in copies:
        if isinstance(obj, DataError):
            assert (other.path, other.problems) == (obj.path, obj.problems)  # type: ignore[attr-defined]
        else:
            assert other == obj


def test_defect_05_a_pickled_report_loads_in_a_fresh_process() -> None:
    code = "import pickle, sys; r = pickle.load(sys.stdin.buffer); print(len(r.figures))"
    out = subprocess.run(
        [sys.executable, "-c", code],
        input=pickle.dumps(REPORT),
        capture_output=True,
        check=True,
    )
    assert out.stdout.strip() == str(len(REPORT.figures)).encode()


# -- 6. exports that are not atomic ----------------------------------------------------


def _limited(code: str, limit: int, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a process that may write no file larger than ``limit`` bytes."""
    resource = pytest.importorskip("resource")  # POSIX only

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        preexec_fn=cap,  # only the limit, set before exec
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )


def test_defect_06_a_json_export_over_a_size_limit_leaves_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "report.json"
    formats.export("json", path)
    good = path.read_bytes()
    code = "import sys, miit2014.exchange.formats as f; f.export('json', sys.argv[1])"
    result = _limited(code, 64 * 1024, str(path))
    assert result.returncode != 0
    assert "File too large" in result.stderr
    assert path.read_bytes() == good
    assert sorted(os.listdir(tmp_path)) == ["report.json"]


def test_defect_06_a_data_package_over_a_size_limit_leaves_the_old_one(tmp_path: Path) -> None:
    folder = tmp_path / "package"
    tables.to_datapackage(folder)
    good = {p.name: p.read_bytes() for p in folder.iterdir()}
    code = "import sys, miit2014.exchange.tables as t; t.to_datapackage(sys.argv[1])"
    result = _limited(code, 16 * 1024, str(folder))
    assert result.returncode != 0
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == good


def _other_report() -> Report:
    """A report whose tables differ from the shipped one's in the first table."""
    data = json.loads(to_json(REPORT))
    data["figures"][0]["note_en"] = '=HYPERLINK("http://example.org", "click")'
    return from_json(json.dumps(data, ensure_ascii=False))


def test_defect_06_a_data_package_failing_part_way_leaves_the_old_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "package"
    tables.to_datapackage(folder)
    good = {p.name: p.read_bytes() for p in folder.iterdir()}
    done = 0
    original = tables._csv_text

    def failing(rows: Any) -> str:
        nonlocal done
        done += 1
        if done > 3:  # after the first tables are done
            raise OSError(28, "No space left on device")
        return original(rows)

    monkeypatch.setattr(tables, "_csv_text", failing)
    with pytest.raises(OSError, match="No space"):
        tables.to_datapackage(folder, report=_other_report())
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == good


def test_defect_06_a_failed_export_into_a_new_directory_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tables, "_descriptor", lambda *_: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        tables.to_datapackage(tmp_path / "new" / "package")
    assert list(tmp_path.iterdir()) == []


def test_defect_06_a_planted_symbolic_link_is_not_written_through(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "figures.csv").symlink_to(victim)
    with pytest.raises(OSError, match="symbolic link"):
        tables.to_csv(folder)
    with pytest.raises(OSError, match="symbolic link"):
        formats.export("json", folder / "figures.csv")
    assert victim.read_text() == "precious"
    assert sorted(os.listdir(folder)) == ["figures.csv"]


def test_defect_06_excel_csv_has_a_bom_and_no_live_formula(tmp_path: Path) -> None:
    report = _other_report()
    plain = tables.to_csv(tmp_path / "plain", report=report)
    excel = formats.export("csv-excel", tmp_path / "excel", report=report)
    assert [p.name for p in plain] == [p.name for p in excel]
    for p, e in zip(plain, excel, strict=True):
        body = e.read_bytes()
        assert body.startswith(b"\xef\xbb\xbf")
        assert body[3:] == _excel_expected(p.read_text(encoding="utf-8")).encode("utf-8")
    figures = (tmp_path / "excel" / "figures.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in figures
    assert "'=HYPERLINK" not in (tmp_path / "plain" / "figures.csv").read_text(encoding="utf-8")


def _excel_expected(text: str) -> str:
    """The plain CSV with each formula-like cell behind an apostrophe (an oracle written
    with the csv module, independently of the exporter)."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for row in csv.reader(io.StringIO(text, newline="")):
        writer.writerow(
            "'" + cell
            if cell[:1] in ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
            and not re.fullmatch(r"-?[0-9]+(\.[0-9]+)?(e[+-]?[0-9]+)?", cell)
            else cell
            for cell in row
        )
    return out.getvalue()


# -- 8. deep parent chains ---------------------------------------------------------------


def test_defect_08_a_deep_chain_is_refused_where_it_is_loaded() -> None:
    with pytest.raises(DataError, match=f"at most {MAX_TASK_DEPTH} levels") as info:
        from_json(shapes.deep_chain(2000))
    assert info.value.path == f"$.tasks[{MAX_TASK_DEPTH}].parent"


def test_defect_08_the_deepest_allowed_chain_is_walked() -> None:
    report = from_json(shapes.deep_chain(MAX_TASK_DEPTH))
    assert len(report.descendants("chain")) == MAX_TASK_DEPTH - 1
    assert len(outline(report).splitlines()) == MAX_TASK_DEPTH
    assert len(tasks_where(report, under="chain")) == MAX_TASK_DEPTH - 1
    assert len(report.ancestors(report.tasks[-1])) == MAX_TASK_DEPTH - 1


# -- 9. unbounded error messages -------------------------------------------------------


def test_defect_09_a_long_value_is_cut_with_its_length_stated() -> None:
    with pytest.raises(DataError) as info:
        from_json(shapes.long_value(1_000_000))
    text = str(info.value)
    assert len(text) < 2_000
    assert "(1,000,000 characters)" in text


def test_defect_09_many_problems_are_counted_not_all_listed() -> None:
    with pytest.raises(DataError) as info:
        from_json(shapes.bad_fields(5_000))
    text = str(info.value)
    assert len(text) < 5_000
    assert text.startswith("5,000 problems")
    assert "… and 4,980 more" in text
    assert len(info.value.problems) == 5_000


def test_defect_09_a_huge_integer_is_described_not_printed() -> None:
    with pytest.raises(DataError, match="an integer of about 5,001 digits"):
        attrs.evolve(REPORT.figures[0], value=10**5000)


# -- 10. mutable state ---------------------------------------------------------------------

_READ_ONLY_LEAVES = (str, bytes, int, float, Decimal, Fraction, datetime.date, Enum, type(None))


def _mutable_inside(obj: object, where: str, seen: set[int]) -> Iterator[str]:
    """Where, inside ``obj``, a dict, list, set or other mutable container is reachable."""
    if id(obj) in seen or isinstance(obj, (*_READ_ONLY_LEAVES, re.Pattern)):
        return
    seen.add(id(obj))
    if isinstance(obj, type | ModuleType | FunctionType | TypeVar | UnionType) or callable(obj):
        return
    if type(obj).__module__ in ("typing", "__future__"):  # annotations, aliases
        return
    if isinstance(obj, tuple | frozenset):
        for i, item in enumerate(obj):
            yield from _mutable_inside(item, f"{where}[{i}]", seen)
    elif isinstance(obj, FrozenMap | MappingProxyType):
        for key, value in obj.items():
            yield from _mutable_inside(value, f"{where}[{key!r}]", seen)
    elif attrs.has(type(obj)):
        for field in attrs.fields(type(obj)):  # type: ignore[misc]
            yield from _mutable_inside(getattr(obj, field.name), f"{where}.{field.name}", seen)
    else:
        yield f"{where}: {type(obj).__name__}"


def _modules() -> Iterator[ModuleType]:
    import importlib
    import pkgutil

    for info in pkgutil.walk_packages(miit2014.__path__, "miit2014."):
        if not info.name.endswith("__main__"):
            yield importlib.import_module(info.name)


def test_defect_10_no_module_constant_holds_a_mutable_container() -> None:
    found: list[str] = []
    checked = 0
    for module in [miit2014, *_modules()]:
        for name, value in vars(module).items():
            if name.startswith("_") or isinstance(value, ModuleType):
                continue
            checked += 1
            found.extend(_mutable_inside(value, f"{module.__name__}.{name}", set()))
    for private in (tables._TABLE_SCHEMA_TYPE, tables._CHILDREN):
        found.extend(_mutable_inside(private, "tables", set()))
    assert not found
    assert checked > 100


def test_defect_10_no_record_or_report_holds_a_mutable_container() -> None:
    results = _everything()
    del results["an error"]  # an exception has a mutable __dict__ by nature
    found: list[str] = []
    for name, value in results.items():
        found.extend(_mutable_inside(value, name, set()))
    assert not found


def test_defect_10_what_a_report_derives_cannot_be_cleared_or_poisoned() -> None:
    report = from_json(to_json(REPORT))
    root = report.roots()[0]
    children = report.children(root)
    with pytest.raises(AttributeError):
        report._derived.clear()  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        report._loaders.clear()  # type: ignore[attr-defined]
    report.memo("report.children", lambda _: FrozenMap())  # a foreign builder
    assert report.children(root) == children
    with pytest.raises(TypeError):
        report.index["x"] = root  # type: ignore[index]


@pytest.mark.parametrize(
    "constant",
    [
        wording.QUALIFIER_EN,
        wording.QUALIFIER_WORDS_ZH,
        tables.KINDS,
        html.COLUMNS,
        glossary.TERMS,
    ],
)
def test_defect_10_public_tables_are_read_only(constant: Any) -> None:
    key = next(iter(constant))
    with pytest.raises(TypeError):
        constant[key] = "changed"
    for change in ("clear", "pop", "update", "setdefault"):
        assert not hasattr(constant, change)


# -- 11. control characters in text ------------------------------------------------------


@pytest.mark.parametrize(
    "char", ["\x1b", "\x00", "\x07", "\r", "\t", "\x7f", "\x85", "\u2028", "\u2029"]
)
def test_defect_11_text_refuses_control_characters_naming_the_field(char: str) -> None:
    with pytest.raises(DataError, match=f"U\\+{ord(char):04X}") as info:
        attrs.evolve(REPORT.figures[0], label_en=f"red{char}alert")
    assert info.value.path == "$.label_en"


def test_defect_11_json_with_an_escape_sequence_is_refused_at_its_path() -> None:
    data = json.loads(to_json(REPORT))
    data["initiatives"][0]["description_en"] = "\x1b[2J\x1b[31mpwned"
    with pytest.raises(DataError, match="U\\+001B") as info:
        from_json(json.dumps(data))
    assert info.value.path == "$.initiatives[0].description_en"


def test_defect_11_the_sources_own_line_break_is_allowed() -> None:
    assert "\n" in REPORT.tasks[0].quote
    assert attrs.evolve(REPORT.figures[0], note_en="two\nlines").note_en == "two\nlines"


# -- 12. smaller items ---------------------------------------------------------------------


def test_defect_12_children_of_none_or_of_a_figure_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="expected a Task or a task id, got NoneType"):
        REPORT.children(None)  # type: ignore[arg-type]
    with pytest.raises(KeyError, match="is a Figure, not a Task"):
        REPORT.children(REPORT.figures[0])  # type: ignore[arg-type]
    with pytest.raises(KeyError, match="is a Figure, not a Task"):
        REPORT.descendants(REPORT.figures[0])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("field", "value", "valid"),
    [
        ("package_version", "", False),
        ("package_version", "0.1.0", True),
        ("schema_version", "01.0", True),
        ("schema_version", "1.00", True),
        ("schema_version", "1.x", False),
    ],
)
def test_defect_12_loader_and_schema_agree_on_the_envelope(
    field: str, value: str, valid: bool
) -> None:
    data = json.loads(to_json(REPORT))
    data[field] = value
    schema_ok = jsonschema.Draft202012Validator(json_schema()).is_valid(data)
    try:
        from_json(json.dumps(data, ensure_ascii=False))
        loader_ok = True
    except DataError:
        loader_ok = False
    assert schema_ok == loader_ok == valid


def _spellings(value: Fraction) -> list[exact.Value]:
    """Equal values written differently: as a Fraction and, if a decimal ends it, as
    Decimals with trailing zeros and with an exponent."""
    out: list[exact.Value] = [value]
    ending = exact.terminating(value)
    if ending is not None:
        sign, digits, exponent = ending.as_tuple()
        assert isinstance(exponent, int)
        out += [ending, Decimal((sign, (*digits, 0, 0), exponent - 2))]
        while len(digits) > 1 and digits[-1] == 0:
            digits, exponent = digits[:-1], exponent + 1
        out.append(Decimal((sign, digits, exponent)))  # 2E+3 for 2000
    return out


@given(
    st.fractions(max_denominator=10**4)
    .filter(lambda f: abs(f) < 10**12)
    .flatmap(lambda f: st.tuples(st.sampled_from(_spellings(f)), st.sampled_from(_spellings(f))))
)
def test_defect_12_equal_records_serialise_to_identical_bytes(pair: tuple[Any, Any]) -> None:
    a, b = pair
    assert a == b
    fa, fb = (attrs.evolve(REPORT.figures[0], value=v) for v in (a, b))
    # a number printed as a fraction and one printed in digits are different statements
    assert (fa == fb) == (type(a) is type(b))
    assert (to_json(fa) == to_json(fb)) == (fa == fb)
    assert from_json(to_json(fa), Figure) == fa


def test_defect_12_equal_reports_serialise_to_identical_bytes() -> None:
    text = to_json(REPORT)
    nine_point_eight = text.replace('"value":"9.8"', '"value":"9.80"', 1)
    assert nine_point_eight != text
    other = from_json(nine_point_eight)
    assert other == REPORT
    assert to_json(other) == text
    half = attrs.evolve(REPORT.figures[0], value=Fraction(2, 4))
    assert json.loads(to_json(half))["value"] == "1/2"
    assert half != attrs.evolve(half, value=Decimal("0.5"))
