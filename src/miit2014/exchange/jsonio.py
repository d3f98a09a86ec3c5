"""The JSON exchange format: deterministic output, and loading that refuses bad input.

Exact numbers travel as strings ("9.8", "2000000000000", "1/3"), dates as ISO strings, so
the same data always gives the same bytes and no reader rounds a value through a float.
cattrs (and json) are imported on first use, keeping ``import miit2014`` cheap.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, overload

from ..errors import DataError
from ..model import checks, exact
from ..model.fields import resolved

if TYPE_CHECKING:
    import cattrs

    from ..model.report import Report

T = TypeVar("T")

#: Major.minor of the exchange format. A reader refuses a newer major version.
SCHEMA_VERSION = "1.0"
#: What a ``schema_version`` may be: the loader and the schema allow the same.
VERSION_PATTERN = r"[0-9]+\.[0-9]+"

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


# -- public API ---------------------------------------------------------------------


def to_json(obj: object, *, indent: int | None = None) -> str:
    """Serialize a report, a record, or a tuple of records. Same object, same string.

    A :class:`~miit2014.model.Report` is wrapped with ``schema_version`` and
    ``package_version`` so that a reader knows what it holds. With the ``[fast]`` extra
    (orjson) installed the text is encoded by orjson, byte for byte the same.
    """
    from ..model.report import Report

    conv = converter()
    if isinstance(obj, Report):
        data: Any = envelope(conv.unstructure(obj))
    elif isinstance(obj, (tuple, list)):
        data = [conv.unstructure(item) for item in obj]
    else:
        data = conv.unstructure(obj)
    return _dumps()(data, indent)


def dumps_stdlib(data: Any, indent: int | None) -> str:
    """The reference encoding: compact, or indented by ``indent``; UTF-8 text, no escapes."""
    import json

    separators = (",", ": ") if indent is not None else (",", ":")
    return json.dumps(data, ensure_ascii=False, indent=indent, separators=separators)


def dumps_orjson(data: Any, indent: int | None) -> str:
    """The same text through orjson, which only indents by two: other widths use stdlib."""
    import orjson

    if indent not in (None, 2):
        return dumps_stdlib(data, indent)
    option = orjson.OPT_INDENT_2 if indent == 2 else 0
    return orjson.dumps(data, option=option).decode("utf-8")


@functools.cache
def _dumps() -> Callable[[Any, int | None], str]:
    """orjson's encoding where it is installed, else the standard library's."""
    try:
        import orjson  # noqa: F401
    except ImportError:
        return dumps_stdlib
    return dumps_orjson


def envelope(report_data: dict[str, Any]) -> dict[str, Any]:
    from .._version import __version__

    return {"schema_version": SCHEMA_VERSION, "package_version": __version__, **report_data}


@overload
def from_json(text: str | bytes) -> Report: ...
@overload
def from_json(text: str | bytes, cls: type[T]) -> T: ...
def from_json(text: str | bytes, cls: Any = None) -> Any:
    """Load and fully validate JSON; a :class:`DataError` naming the bad field otherwise.

    The result is either entirely valid (quotes match the source, ids unique, links
    resolve) or not returned at all.
    """
    from ..model.report import Report, fresh_records

    target = Report if cls is None else cls
    data = parse(text)
    if target is Report:
        data = _open_envelope(data)
    with fresh_records():  # every record is built from the text here, validators and all
        return structure(data, target)


def parse(text: str | bytes) -> Any:
    """``json.loads`` that refuses what JSON-to-Python would silently accept."""
    import json

    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise DataError(f"not UTF-8: {exc}") from None
    if not isinstance(text, str):
        raise DataError(f"expected JSON text (str or bytes), got {type(text).__name__}")
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant)
    except DataError:
        raise
    except RecursionError:
        raise DataError("JSON is nested too deeply") from None
    except ValueError as exc:  # JSONDecodeError, and int() digit limits
        raise DataError(f"not valid JSON: {exc}") from None


def structure(data: Any, cls: type[T]) -> T:
    """Build ``cls`` from parsed JSON, turning every failure into one :class:`DataError`.

    One pass: each array and record collects the problems of its items as it goes, so a
    refused document names every bad field (with its JSON path) for the cost of one
    load, and an accepted one costs no second pass either.
    """
    import cattrs

    try:
        return converter().structure(data, cls)
    except DataError:
        raise
    except (cattrs.BaseValidationError, cattrs.ForbiddenExtraKeysError) as exc:
        problems = list(_problems(exc, "$"))
        path, message = problems[0]
        raise DataError(message, path=path, problems=problems) from None
    except RecursionError:
        raise DataError("input is nested too deeply") from None
    except Exception as exc:  # a loader must never leak an internal error
        raise DataError(f"cannot load: {type(exc).__name__}: {exc}") from None


# -- the converter ------------------------------------------------------------------


@functools.cache
def converter() -> cattrs.Converter:
    """The package's cattrs converter, built on first use: strict types, exact numbers,
    and the path of every bad field."""
    import datetime
    import typing
    from enum import Enum, StrEnum

    import attrs
    import cattrs
    from cattrs.cols import homogenous_tuple_structure_factory, is_sequence
    from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

    conv = cattrs.Converter(detailed_validation=True, forbid_extra_keys=True)

    def strict(kind: type, name: str) -> Any:
        def hook(value: Any, _: Any) -> Any:
            if type(value) is not kind:
                raise DataError(f"expected {name}, got {_json_type(value)}")
            return value

        return hook

    # cattrs' own hooks coerce (int("12"), int(True)); these only check
    conv.register_structure_hook(str, strict(str, "a string"))
    conv.register_structure_hook(int, strict(int, "an integer"))

    def structure_date(value: Any, _: Any) -> datetime.date:
        if type(value) is not str or not _DATE.fullmatch(value):
            raise DataError(f"expected a date as 'YYYY-MM-DD', got {checks.describe(value)}")
        try:
            return datetime.date.fromisoformat(value)
        except ValueError as exc:
            raise DataError(f"{checks.describe(value)} is not a date: {exc}") from None

    conv.register_structure_hook(datetime.date, structure_date)
    conv.register_unstructure_hook(datetime.date, lambda d: d.isoformat())

    def structure_value(value: Any, _: Any) -> exact.Value:
        if type(value) is not str:
            raise DataError(
                "expected an exact number as a string such as '9.8' or '1/3',"
                f" got {checks.describe(value)}"
            )
        try:
            return exact.from_text(value)
        except ValueError as exc:
            raise DataError(str(exc)) from None

    conv.register_structure_hook_func(lambda t: t == exact.Value, structure_value)
    conv.register_unstructure_hook_func(lambda t: t == exact.Value, exact.to_text)

    def structure_enum(value: Any, cls: type[Enum]) -> Enum:
        return checks.to_member(cls, value)

    # StrEnum is registered too, or the str hook (earlier in its MRO) would win
    conv.register_structure_hook(Enum, structure_enum)
    conv.register_structure_hook(StrEnum, structure_enum)

    def tuple_factory(cls: Any) -> Any:
        inner = homogenous_tuple_structure_factory(cls, conv)
        args = typing.get_args(cls)
        item_type = args[0] if len(args) == 2 and args[1] is Ellipsis else None

        def hook(value: Any, _: Any) -> Any:
            if type(value) is not list:
                raise DataError(f"expected an array, got {_json_type(value)}")
            if item_type is None:
                return inner(value, cls)
            return _each_item(conv, value, item_type)

        return hook

    conv.register_structure_hook_factory(is_sequence, tuple_factory)

    def class_factory(cls: Any) -> Any:
        resolved(cls)  # the model uses postponed (string) annotations
        inner = make_dict_structure_fn(
            cls, conv, _cattrs_forbid_extra_keys=True, _cattrs_detailed_validation=True
        )

        def hook(value: Any, _: Any) -> Any:
            if type(value) is not dict:
                raise DataError(f"expected an object, got {_json_type(value)}")
            return inner(value, cls)

        return hook

    conv.register_structure_hook_factory(attrs.has, class_factory)

    def unstructure_factory(cls: Any) -> Any:
        resolved(cls)
        return make_dict_unstructure_fn(cls, conv)

    conv.register_unstructure_hook_factory(attrs.has, unstructure_factory)
    return conv


# -- helpers ------------------------------------------------------------------------


def _each_item(conv: cattrs.Converter, items: list[Any], item_type: Any) -> tuple[Any, ...]:
    """The items of an array, or one DataError listing the problems of all of them.

    Each item's failure is turned into ``(path, message)`` pairs at once and its
    exception dropped: an array of a hundred thousand bad records then holds a hundred
    thousand short pairs, not as many exceptions with their tracebacks and frames, which
    would cost memory and make the cyclic collector walk an ever larger heap.
    """
    built: list[Any] = []
    problems: list[tuple[str, str]] = []
    for i, item in enumerate(items):
        try:
            built.append(conv.structure(item, item_type))
        except RecursionError:
            raise
        except Exception as exc:
            problems.extend(_problems(exc, f"$[{i}]"))
            exc.__traceback__ = None
    if problems:
        path, message = problems[0]
        raise DataError(message, path=path, problems=problems)
    return tuple(built)


def _open_envelope(data: Any) -> Any:
    if type(data) is not dict:
        raise DataError(f"expected an object, got {_json_type(data)}")
    body = dict(data)
    version = body.pop("schema_version", None)
    if type(version) is not str or not re.fullmatch(VERSION_PATTERN, version):
        raise DataError(
            f"expected a schema version such as {SCHEMA_VERSION!r}, got {checks.describe(version)}",
            path="$.schema_version",
        )
    major = SCHEMA_VERSION.split(".")[0]
    if version.split(".")[0].lstrip("0") != major:  # "01.0" is 1.0, as numbers go
        raise DataError(
            f"schema version {checks.describe(version)} is not supported; this package reads"
            f" {major}.x (a newer major version needs a newer miit2014)",
            path="$.schema_version",
        )
    package_version = body.pop("package_version", None)
    if type(package_version) is not str or not package_version:
        raise DataError(
            "expected the writing package's version, a non-empty string, got"
            f" {checks.describe(package_version)}",
            path="$.package_version",
        )
    return body


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise DataError(f"key {checks.describe(key)} appears twice in one object")
            seen.add(key)
    return result


def _no_constant(name: str) -> Any:
    raise DataError(f"{name} is not a JSON number")


def _json_type(value: object) -> str:
    names = {
        dict: "an object",
        list: "an array",
        str: "a string",
        bool: "a boolean",
        int: "an integer",
        float: "a number",
        type(None): "null",
    }
    return names.get(type(value), type(value).__name__)


def _problems(exc: BaseException, path: str) -> Any:
    import cattrs
    from cattrs.errors import ForbiddenExtraKeysError

    if isinstance(exc, cattrs.IterableValidationError):
        items, rest = exc.group_exceptions()
        for sub, item in items:
            yield from _problems(sub, f"{path}[{item.index}]")
        for sub in rest:
            yield from _problems(sub, path)
    elif isinstance(exc, cattrs.ClassValidationError):
        fields, rest = exc.group_exceptions()
        for sub, field in fields:
            yield from _problems(sub, f"{path}.{field.name}")
        for sub in rest:
            yield from _problems(sub, path)
    elif isinstance(exc, DataError):
        for sub_path, message in exc.problems:
            yield path + sub_path[1:], message
    elif isinstance(exc, ForbiddenExtraKeysError):
        names = sorted(exc.extra_fields)
        listed = ", ".join(checks.describe(name) for name in names[:10])
        more = f" and {len(names) - 10:,} more" if len(names) > 10 else ""
        yield path, f"unknown field(s): {listed}{more}"
    elif isinstance(exc, KeyError):
        yield path, "required field is missing"
    else:
        yield path, f"{type(exc).__name__}: {exc}"
