"""The one field walker: what it says each field of the model is."""

from __future__ import annotations

import attrs
import pytest

import miit2014.model as model
from miit2014.model import fields
from miit2014.model.fields import Shape, field_of, fields_of

CLASSES = [getattr(model, name) for name in model.__all__ if attrs.has(getattr(model, name))]


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_text_and_evaluated_annotations_read_the_same(cls: type) -> None:
    """cattrs evaluates the annotations in place; the walker must not care whether it has."""
    before = fields_of(cls)
    fields._FIELDS.pop(cls)
    fields.resolved(cls)
    assert all(not isinstance(a.type, str) for a in attrs.fields(cls))
    assert fields_of(cls) == before


def test_shapes_of_representative_fields() -> None:
    figure = {f.name: f for f in fields_of(model.Figure)}
    assert (figure["value"].shape, figure["value"].many) == (Shape.EXACT, False)
    assert (figure["commitment"].shape, figure["commitment"].optional) == (Shape.ENUM, True)
    assert figure["commitment"].cls is model.Commitment
    assert figure["span"].shape is Shape.VALUE
    assert (figure["id"].shape, figure["id"].required) == (Shape.ID, True)
    assert (figure["note_en"].shape, figure["note_en"].required) == (Shape.TEXT, False)
    task = {f.name: f for f in fields_of(model.Task)}
    assert (task["parent"].shape, task["parent"].link) == (Shape.ID, "Task")
    assert (task["sectors"].shape, task["sectors"].many) == (Shape.ENUM, True)
    report = {f.name: f for f in fields_of(model.Report)}
    assert (report["figures"].shape, report["figures"].many) == (Shape.RECORD, True)
    assert report["meeting"].cls is model.Meeting


def test_a_field_of_no_known_shape_is_refused_by_name() -> None:
    @attrs.frozen
    class Odd:
        table: dict[str, int]

    with pytest.raises(TypeError, match=r"Odd\.table"):
        fields_of(Odd)
    with pytest.raises(KeyError, match="no field"):
        field_of(model.Figure, "nothing")
