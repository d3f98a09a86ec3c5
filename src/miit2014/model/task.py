"""A task of the report: what was done in 2013, what is to be reformed, what 2014 will do."""

from __future__ import annotations

from enum import StrEnum

import attrs

from . import checks
from .base import Record
from .facets import Instrument, Region, Sector


class TaskKind(StrEnum):
    SECTION = "section"  # a top-level part: the 2013 review, the reforms, the 2014 plan
    REVIEW_ITEM = "review_item"  # a numbered item of the 2013 review, or a closing item
    REFORM = "reform"  # a numbered reform, or the tax reform item
    GENERAL_REQUIREMENT = "general_requirement"  # the 2014 plan's overall requirement
    LEVER = "lever"  # the "6+1" special actions that carry the 2014 work
    KEY_TASK = "key_task"  # one of the six key tasks of 2014
    ACTION = "action"  # one sentence that states an action
    RESULT = "result"  # one sentence that only reports results, with or without figures
    CONTEXT = "context"  # framing that states no action: a heading, an assessment


def _facet(enum: type[StrEnum]) -> checks.Validator:
    members = checks.tuple_of(checks.member(enum))

    def check(inst: object, attribute: attrs.Attribute[object], value: object) -> None:
        members(inst, attribute, value)
        checks.unique(inst, attribute, value)  # type: ignore[arg-type]

    return check


@attrs.frozen(kw_only=True, repr=False)
class Task(Record):
    """A node of the task tree. ``id`` says where it sits: ``plan-2014.task-3.item-5``.

    Links to figures and initiatives are not stored: they follow from the spans (a
    figure belongs to the deepest task whose span holds it) and are looked up through
    :class:`~miit2014.model.Report`, so they cannot go stale.
    """

    parent: str | None = attrs.field(
        validator=checks.optional(checks.record_id),
        metadata=checks.doc("Id of the enclosing task; null at the top of the tree.", link="Task"),
    )
    kind: TaskKind = attrs.field(
        validator=checks.member(TaskKind),
        metadata=checks.doc("Section, numbered item, reform, key task, action, result or context."),
    )
    title_en: str = attrs.field(
        validator=checks.text,
        metadata=checks.doc("A short English heading."),
    )
    text_en: str = attrs.field(
        validator=checks.text,
        metadata=checks.doc("The quote in English (the package's own translation)."),
    )
    sectors: tuple[Sector, ...] = attrs.field(
        default=(),
        validator=_facet(Sector),
        metadata=checks.doc("Industries and fields the task names."),
    )
    regions: tuple[Region, ...] = attrs.field(
        default=(),
        validator=_facet(Region),
        metadata=checks.doc("Places the task names."),
    )
    instruments: tuple[Instrument, ...] = attrs.field(
        default=(),
        validator=_facet(Instrument),
        metadata=checks.doc("Policy levers the task uses."),
    )
    note_en: str | None = attrs.field(
        default=None,
        validator=checks.optional(checks.text),
        metadata=checks.doc("How a word was read, where the English needs a word of explanation."),
    )

    def summary(self) -> str:
        return self.title_en
