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
    kind: TaskKind = checks.described(
        checks.member(TaskKind),
        "Section, numbered item, reform, key task, action, result or context.",
    )
    title_en: str = checks.described(checks.text, "A short English heading.")
    text_en: str = checks.described(
        checks.text, "The quote in English (the package's own translation)."
    )
    sectors: tuple[Sector, ...] = checks.described(
        _facet(Sector), "Industries and fields the task names.", default=()
    )
    regions: tuple[Region, ...] = checks.described(
        _facet(Region), "Places the task names.", default=()
    )
    instruments: tuple[Instrument, ...] = checks.described(
        _facet(Instrument), "Policy levers the task uses.", default=()
    )
    note_en: str | None = checks.described(
        checks.optional(checks.text),
        "How a word was read, where the English needs a word of explanation.",
        default=None,
    )

    def summary(self) -> str:
        return self.title_en
