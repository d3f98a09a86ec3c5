"""Who and what the report names: the meeting, people, posts, organisations, initiatives."""

from __future__ import annotations

import datetime
from enum import StrEnum
from typing import Any, TypedDict

import attrs

from ..errors import DataError
from ..source import SOURCE_TEXT
from . import checks
from .base import Record, Span, first_naming_none, locate, spans_of
from .citation import Citation


class MeetingRole(StrEnum):
    """A person's role in the meeting."""

    DELIVERED_REPORT = "delivered_report"
    CHAIRED = "chaired"
    ATTENDED = "attended"


class OrganizationType(StrEnum):
    """Kind of body."""

    MINISTRY = "ministry"
    PARTY_GROUP = "party_group"  # a Party leadership group (党组) inside a state body
    STATE_BUREAU = "state_bureau"  # a bureau administered by the ministry
    PARTY_DISCIPLINE_BODY = "party_discipline_body"
    PROVINCIAL_DEPARTMENT = (
        "provincial_department"  # a provincial or municipal government department
    )
    COMMUNICATIONS_ADMINISTRATION = "communications_administration"
    COMPANY = "company"
    HIGH_TECH_ZONE = "high_tech_zone"


class InitiativeKind(StrEnum):
    """Kind of initiative."""

    PROGRAMME = "programme"  # a special action, project, pilot or programme of work
    STRATEGY = "strategy"
    POLICY = "policy"  # a standing policy orientation, neither one document nor one programme
    POLICY_DOCUMENT = "policy_document"
    CAMPAIGN = "campaign"
    MEETING = "meeting"  # a Party congress, plenum or central conference
    TAX_REFORM = "tax_reform"
    MISSION = "mission"  # a space or engineering mission


class PartOfDay(StrEnum):
    """Part of the day a session is held in."""

    MORNING = "morning"
    AFTERNOON = "afternoon"


class SessionKind(StrEnum):
    """What a session is for."""

    WORK_REPORT = "work_report"  # plenary at which the work report is delivered
    GROUP_DISCUSSION = "group_discussion"
    EXCHANGE_SPEECHES = "exchange_speeches"  # plenary at which units report their experience


class SessionStatus(StrEnum):
    """How the source states a session: the release was written on the first day."""

    HELD = "held"  # stated as taking place
    ANNOUNCED = "announced"  # stated with 将 ("will"): the release does not confirm it


def _mentions(instance: Mentioned, attribute: attrs.Attribute[object], value: object) -> None:
    if type(value) is not tuple or not value:
        raise checks.fail(attribute, "expected a non-empty tuple of spans")
    spans_of(value)
    if value[0] != instance.span:
        raise DataError("the first mention must be the record's own span", path="$.mentions[0]")
    if list(value) != sorted(set(value)):
        raise DataError("mentions must be distinct and in document order", path="$.mentions")


def _other_names(instance: Mentioned, attribute: attrs.Attribute[Any], value: Any) -> None:
    """Further Chinese names, each as the source writes it (so each occurs in it)."""
    checks.tuple_of(checks.text)(instance, attribute, value)
    checks.unique(instance, attribute, value)
    names: tuple[str, ...] = value
    for i, name in enumerate(names):
        if name == instance.name_zh or name not in SOURCE_TEXT:
            raise DataError(
                f"{checks.describe(name)} is the main name or does not occur in the source",
                path=f"$.{attribute.name}[{i}]",
            )


def _citations() -> Any:
    return checks.described(
        checks.tuple_of(checks.of_type(Citation)),
        "Public sources for facts stated here that the report does not state.",
        default=(),
    )


def _full_name() -> Any:
    return checks.described(
        checks.optional(checks.text),
        "Full Chinese name where the source uses a short one; None if unsure.",
        default=None,
    )


@attrs.frozen(kw_only=True, repr=False)
class Mentioned(Record):
    """A record named more than once: ``span`` is its first mention, ``mentions`` all of them.

    ``other_names_zh`` are further names the source uses for the same thing (大气十条 for
    大气污染防治行动计划). Every mention contains one of :attr:`names_zh`, so a mention
    cannot point at text that does not name the record.
    """

    name_zh: str = checks.described(checks.text, "Chinese name.")
    name_en: str = checks.described(checks.text, "English name.")
    mentions: tuple[Span, ...] = checks.described(
        _mentions, "Every span that names the record, in document order; the first is span."
    )
    other_names_zh: tuple[str, ...] = checks.described(
        _other_names, "Further Chinese names the source uses for the same thing.", default=()
    )

    def __attrs_post_init__(self) -> None:
        i = first_naming_none(self.mentions, self.names_zh)
        if i is not None:
            raise DataError(
                f"mention {checks.describe(self.mentions[i].text)} contains none of the"
                f" names {checks.describe(self.names_zh)}",
                path=f"$.mentions[{i}]",
            )

    @property
    def names_zh(self) -> tuple[str, ...]:
        """Every Chinese name: ``name_zh`` first, then ``other_names_zh``."""
        return (self.name_zh, *self.other_names_zh)

    def summary(self) -> str:
        return f"{self.name_en} ({self.name_zh})"


@attrs.frozen(kw_only=True, repr=False)
class Person(Mentioned):
    """A ministry leader. ``name_en`` is pinyin, family name first (common knowledge)."""


@attrs.frozen(kw_only=True, repr=False)
class Organization(Mentioned):
    """A body named in the report.

    ``full_name_zh`` expands a name the source abbreviates (None where the official full
    name is not certain); ``note_en`` says where ``name_en`` is the package's own rendering;
    ``citations`` back any fact in the note that the report does not state.
    """

    type: OrganizationType = checks.described(checks.member(OrganizationType), "Kind of body.")
    full_name_zh: str | None = _full_name()
    note_en: str | None = checks.described(
        checks.optional(checks.text),
        "Caveats on the English name, or context the report does not give.",
        default=None,
    )
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True, repr=False)
class Post(Record):
    """A person holding a post in an organisation (Popolo style), quoted from the source."""

    person_id: str = checks.link("Person", doc="Id of the Person who holds the post.")
    organization_id: str = checks.link(
        "Organization", doc="Id of the Organization the post belongs to."
    )
    title_zh: str = checks.described(
        checks.text, "The title as the source writes it (in the quote)."
    )
    title_en: str = checks.described(checks.text, "English title.")

    def __attrs_post_init__(self) -> None:
        if self.title_zh not in self.quote:
            raise DataError(
                f"title {checks.describe(self.title_zh)} is not in the quote", path="$.title_zh"
            )

    def summary(self) -> str:
        return f"{self.title_en} ({self.title_zh})"


@attrs.frozen(kw_only=True, repr=False)
class Initiative(Mentioned):
    """A named programme, strategy, document, campaign or meeting the report refers to.

    ``full_name_zh`` is the full Chinese name where the source uses a short one.
    ``citations`` back any fact in ``description_en`` (or ``full_name_zh``) that the
    report does not state.
    """

    kind: InitiativeKind = checks.described(checks.member(InitiativeKind), "Kind of initiative.")
    description_en: str = checks.described(checks.text, "One-line English description.")
    full_name_zh: str | None = _full_name()
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True, repr=False)
class Participation(Record):
    """A person's role in the meeting, with the clause that states it."""

    person_id: str = checks.link("Person", doc="Id of the Person.")
    role: MeetingRole = checks.described(
        checks.member(MeetingRole), "The person's role in the meeting."
    )


@attrs.frozen(kw_only=True, repr=False)
class Session(Record):
    """One sitting of the meeting, from its schedule.

    ``speaker_ids`` are the units that speak, in the order the source lists them.
    """

    date: datetime.date = checks.described(checks.date, "Day of the session.")
    part_of_day: PartOfDay = checks.described(checks.member(PartOfDay), "Morning or afternoon.")
    kind: SessionKind = checks.described(checks.member(SessionKind), "What the session is for.")
    status: SessionStatus = checks.described(
        checks.member(SessionStatus), "Whether the source reports the session or only announces it."
    )
    description_en: str = checks.described(checks.text, "English description of the session.")
    chair_id: str | None = checks.link(
        "Person", optional=True, doc="Id of the Person who chaired, if the source says."
    )
    speaker_ids: tuple[str, ...] = checks.link(
        "Organization", many=True, doc="Ids of the speaking units, in the source's order."
    )

    def __attrs_post_init__(self) -> None:
        checks.unique(self, attrs.fields(Session).speaker_ids, self.speaker_ids)

    @property
    def sort_key(self) -> tuple[datetime.date, int]:
        """Chronological order: by date, then morning before afternoon."""
        return self.date, list(PartOfDay).index(self.part_of_day)


@attrs.frozen(kw_only=True, repr=False)
class Statement(Record):
    """A fact about the meeting, quoted, with its English rendering."""

    text_en: str = checks.described(checks.text, "English rendering.")


_IS_STATEMENT = checks.of_type(Statement)


@attrs.frozen(kw_only=True, repr=False)
class Meeting(Record):
    """The conference itself. ``span`` is the opening sentence that dates and places it.

    Construction checks that the schedule runs in time order within the meeting's dates,
    that the reporter is the one participant who delivered the report, and that every
    session chair is recorded as having chaired.
    """

    name_zh: str = checks.described(checks.text, "Chinese name.")
    name_en: str = checks.described(checks.text, "English name.")
    headline: Statement = checks.described(_IS_STATEMENT, "The release's headline (paragraph 0).")
    purpose: Statement = checks.described(_IS_STATEMENT, "The meeting's main tasks.")
    start_date: datetime.date = checks.described(checks.date, "First day.")
    end_date: datetime.date = checks.described(checks.date, "Last day.")
    duration: Statement = checks.described(_IS_STATEMENT, "The meeting's length (会期).")
    place_en: str = checks.described(checks.text, "Where, in English.")
    report_title: Statement = checks.described(
        _IS_STATEMENT, "Title of the work report, spacing as in the source."
    )
    reporter_id: str = checks.link("Person", doc="Id of the Person who delivered the report.")
    format: Statement = checks.described(
        _IS_STATEMENT, "How the meeting was held: main venue and teleconference."
    )
    branch_venues: Statement = checks.described(
        _IS_STATEMENT, "Where the branch venues were set up."
    )
    frugality: tuple[Statement, ...] = checks.described(
        checks.tuple_of(_IS_STATEMENT), "Why the format was chosen, and what was cut to save cost."
    )
    schedule: tuple[Session, ...] = checks.described(
        checks.tuple_of(checks.of_type(Session)), "The sessions, in time order."
    )
    participants: tuple[Participation, ...] = checks.described(
        checks.tuple_of(checks.of_type(Participation)),
        "The leaders' roles: delivered the report, chaired, attended.",
    )
    attendance: Statement = checks.described(_IS_STATEMENT, "Who attended at the main venue.")

    def __attrs_post_init__(self) -> None:
        if self.start_date > self.end_date:
            raise DataError("the meeting ends before it starts", path="$.end_date")
        for i, session in enumerate(self.schedule):
            if not self.start_date <= session.date <= self.end_date:
                raise DataError(
                    f"session on {session.date} is outside the meeting's dates",
                    path=f"$.schedule[{i}].date",
                )
            if i and session.sort_key <= self.schedule[i - 1].sort_key:
                raise DataError("sessions must be in time order", path=f"$.schedule[{i}]")
        roles = [(p.person_id, p.role) for p in self.participants]
        checks.unique(self, attrs.fields(Meeting).participants, tuple(roles))
        chairs = {person for person, role in roles if role is MeetingRole.CHAIRED}
        reporters = [person for person, role in roles if role is MeetingRole.DELIVERED_REPORT]
        if reporters != [self.reporter_id]:
            raise DataError(
                f"the one participant who delivered the report must be"
                f" {checks.describe(self.reporter_id)}, found {checks.describe(reporters)}",
                path="$.participants",
            )
        for i, session in enumerate(self.schedule):
            if session.chair_id is not None and session.chair_id not in chairs:
                raise DataError(
                    f"chair {checks.describe(session.chair_id)} has no 'chaired' participation",
                    path=f"$.schedule[{i}].chair_id",
                )

    def summary(self) -> str:
        return f"{self.name_en}, {self.start_date.isoformat()} to {self.end_date.isoformat()}"


@attrs.frozen
class NotAMention:
    """An occurrence of a record's name that names something else: ``text`` where it
    stands inside the one occurrence of ``context``, and why it is not the record."""

    record_id: str
    text: str
    context: str
    reason: str


@attrs.frozen
class SharedMention:
    """A phrase that names several records at once (十八届二中、三中全会 names two
    plenums): each record's mention is the whole phrase, not the name inside it."""

    record_ids: tuple[str, ...]
    text: str
    reason: str


class Named(TypedDict):
    """What a data module's :func:`named` gives a :class:`Mentioned` record."""

    id: str
    span: Span
    quote: str
    name_zh: str
    other_names_zh: tuple[str, ...]
    mentions: tuple[Span, ...]


def mentions_of(
    record_id: str,
    names: tuple[str, ...],
    *,
    shared: tuple[SharedMention, ...] = (),
    excluded: tuple[NotAMention, ...] = (),
) -> tuple[Span, ...]:
    """Every occurrence of the names (and of the shared phrases that name this record), in
    document order; an occurrence inside a longer one of the same record is part of that
    mention (党组 in 部党组), and each reviewed exclusion is taken out.

    An exclusion or a shared phrase that no longer matches is an error, so the reviewed
    lists cannot outlive the text they were written for.
    """
    phrases = [s.text for s in shared if record_id in s.record_ids]
    found: set[tuple[int, int]] = set()
    for text in (*names, *phrases):
        at = SOURCE_TEXT.find(text)
        if text in phrases and at == -1:
            raise DataError(f"{record_id}: shared mention {text!r} is not in the source")
        while at != -1:
            found.add((at, at + len(text)))
            at = SOURCE_TEXT.find(text, at + 1)
    for rule in excluded:
        if rule.record_id != record_id:
            continue
        window = locate(record_id, rule.context)
        span = locate(record_id, rule.text, within=window)
        if (span.start, span.end) not in found:
            raise DataError(f"{record_id}: excluded {rule.text!r} is not one of its names")
        found.discard((span.start, span.end))
    # by start, the longer first: an occurrence is nested when an earlier one reaches as far
    outer: list[tuple[int, int]] = []
    for a, b in sorted(found, key=lambda occ: (occ[0], -occ[1])):
        if not outer or b > outer[-1][1]:
            outer.append((a, b))
    if not outer:
        raise DataError(f"{record_id}: none of the names {names!r} is in the source")
    return tuple(Span(a, b) for a, b in outer)


def named(
    record_id: str,
    name_zh: str,
    *other_names_zh: str,
    shared: tuple[SharedMention, ...] = (),
    excluded: tuple[NotAMention, ...] = (),
) -> Named:
    """``Person(**named("person.x", "某某"), ...)``: a named record's id and names, with the
    mentions the text decides (see :func:`mentions_of`); its span and quote are the first."""
    mentions = mentions_of(record_id, (name_zh, *other_names_zh), shared=shared, excluded=excluded)
    return Named(
        id=record_id,
        span=mentions[0],
        quote=mentions[0].text,
        name_zh=name_zh,
        other_names_zh=other_names_zh,
        mentions=mentions,
    )
