"""Who and what the report names: the meeting, people, posts, organisations, initiatives."""

from __future__ import annotations

import datetime
from enum import StrEnum

import attrs

from ..errors import DataError
from . import checks
from .base import Record, Span, spans_of
from .citation import Citation


class MeetingRole(StrEnum):
    DELIVERED_REPORT = "delivered_report"
    CHAIRED = "chaired"
    ATTENDED = "attended"


class OrganizationType(StrEnum):
    MINISTRY = "ministry"
    STATE_BUREAU = "state_bureau"  # a bureau administered by the ministry
    PARTY_DISCIPLINE_BODY = "party_discipline_body"
    PROVINCIAL_DEPARTMENT = (
        "provincial_department"  # a provincial or municipal government department
    )
    COMMUNICATIONS_ADMINISTRATION = "communications_administration"
    COMPANY = "company"
    HIGH_TECH_ZONE = "high_tech_zone"


class InitiativeKind(StrEnum):
    PROGRAMME = "programme"  # a special action, project or programme of work
    STRATEGY = "strategy"
    POLICY_DOCUMENT = "policy_document"
    CAMPAIGN = "campaign"
    MEETING = "meeting"  # a Party congress, plenum or central conference
    TAX_REFORM = "tax_reform"
    MISSION = "mission"  # a space or engineering mission


def _mentions(instance: Mentioned, attribute: attrs.Attribute[object], value: object) -> None:
    if type(value) is not tuple or not value:
        raise checks.fail(attribute, "expected a non-empty tuple of spans")
    spans_of(value)
    if value[0] != instance.span:
        raise DataError("the first mention must be the record's own span", path="$.mentions[0]")
    if list(value) != sorted(set(value)):
        raise DataError("mentions must be distinct and in document order", path="$.mentions")


@attrs.frozen(kw_only=True)
class Mentioned(Record):
    """A record named more than once: ``span`` is its first mention, ``mentions`` all of them."""

    name_zh: str = attrs.field(validator=checks.text)
    name_en: str = attrs.field(validator=checks.text)
    mentions: tuple[Span, ...] = attrs.field(validator=_mentions)


@attrs.frozen(kw_only=True)
class Person(Mentioned):
    """A ministry leader. ``name_en`` is pinyin, family name first (common knowledge)."""


@attrs.frozen(kw_only=True)
class Organization(Mentioned):
    """A body named in the report; ``full_name_zh`` where the source abbreviates it."""

    type: OrganizationType = attrs.field(validator=checks.member(OrganizationType))
    full_name_zh: str | None = attrs.field(default=None, validator=checks.optional_text)


@attrs.frozen(kw_only=True)
class Post(Record):
    """A person holding a post in an organisation (Popolo style), quoted from the source."""

    person_id: str = checks.link("Person")
    organization_id: str = checks.link("Organization")
    title_zh: str = attrs.field(validator=checks.text)
    title_en: str = attrs.field(validator=checks.text)

    def __attrs_post_init__(self) -> None:
        if self.title_zh not in self.quote:
            raise DataError(f"title {self.title_zh!r} is not in the quote", path="$.title_zh")


@attrs.frozen(kw_only=True)
class Initiative(Mentioned):
    """A named programme, strategy, document, campaign or meeting the report refers to.

    ``citations`` back any fact in ``description_en`` that the report does not state.
    """

    kind: InitiativeKind = attrs.field(validator=checks.member(InitiativeKind))
    description_en: str = attrs.field(validator=checks.text)
    citations: tuple[Citation, ...] = attrs.field(
        default=(), validator=checks.tuple_of(checks.of_type(Citation))
    )


@attrs.frozen(kw_only=True)
class Participation(Record):
    """A person's role in the meeting, with the clause that states it."""

    person_id: str = checks.link("Person")
    role: MeetingRole = attrs.field(validator=checks.member(MeetingRole))


@attrs.frozen(kw_only=True)
class Session(Record):
    """One sitting of the meeting, from its schedule."""

    date: datetime.date = attrs.field(validator=checks.date)
    part_of_day: str = attrs.field(validator=checks.text)  # "morning" or "afternoon"
    description_en: str = attrs.field(validator=checks.text)
    chair_id: str | None = checks.link("Person", optional=True)
    speaker_ids: tuple[str, ...] = checks.link("Organization", many=True)


@attrs.frozen(kw_only=True)
class Statement(Record):
    """A fact about the meeting, quoted, with its English rendering."""

    text_en: str = attrs.field(validator=checks.text)


@attrs.frozen(kw_only=True)
class Meeting(Record):
    """The conference itself. ``span`` is the opening sentence that dates and places it."""

    name_zh: str = attrs.field(validator=checks.text)
    name_en: str = attrs.field(validator=checks.text)
    headline: Statement = attrs.field(validator=checks.of_type(Statement))
    start_date: datetime.date = attrs.field(validator=checks.date)
    end_date: datetime.date = attrs.field(validator=checks.date)
    place_en: str = attrs.field(validator=checks.text)
    report_title: Statement = attrs.field(validator=checks.of_type(Statement))
    reporter_id: str = checks.link("Person")
    format: Statement = attrs.field(validator=checks.of_type(Statement))
    schedule: tuple[Session, ...] = attrs.field(validator=checks.tuple_of(checks.of_type(Session)))
    participants: tuple[Participation, ...] = attrs.field(
        validator=checks.tuple_of(checks.of_type(Participation))
    )
    attendance: Statement = attrs.field(validator=checks.of_type(Statement))

    def __attrs_post_init__(self) -> None:
        if self.start_date > self.end_date:
            raise DataError("the meeting ends before it starts", path="$.end_date")
