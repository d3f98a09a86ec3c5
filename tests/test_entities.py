"""People, posts, organisations, initiatives and the meeting, read again from the source.

The expected lists and the occurrences of names are worked out here from the Chinese text
(with ``str.find`` and plain string splitting), never taken from the records under test.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import miit2014
from miit2014 import REPORT, SOURCE_TEXT, DataError
from miit2014.glossary import TERMS
from miit2014.initiatives import BROADBAND_CHINA, SHARED_MENTIONS
from miit2014.model import (
    Citation,
    Initiative,
    MeetingRole,
    Organization,
    OrganizationType,
    Person,
    Post,
    Record,
    Reliability,
    Report,
    Span,
)
from miit2014.model.checks import LINK
from miit2014.model.entities import (
    Mentioned,
    NotAMention,
    PartOfDay,
    SessionKind,
    SessionStatus,
    SharedMention,
    mentions_of,
)
from miit2014.organizations import NOT_MENTIONS
from miit2014.source import paragraph_of
from strategies import spans

MEETING = REPORT.meeting
PEOPLE = {p.id: p for p in REPORT.people}
ORGS = {o.id: o for o in REPORT.organizations}


def occurrences(text: str) -> list[Span]:
    """Every place ``text`` occurs in the source, found with ``str.find``."""
    found: list[Span] = []
    at = SOURCE_TEXT.find(text)
    while at != -1:
        found.append(Span(at, at + len(text)))
        at = SOURCE_TEXT.find(text, at + 1)
    return found


def paragraph(n: int) -> str:
    return SOURCE_TEXT.split("\n")[n]


def _report(**changes: Any) -> Report:
    fields = {f.name: getattr(REPORT, f.name) for f in attrs.fields(Report) if f.init}
    fields.update(changes)
    return Report(**fields)


def _refused(path: str, make: Any, *args: Any, **kwargs: Any) -> DataError:
    with pytest.raises(DataError) as info:
        make(*args, **kwargs)
    assert info.value.path == path, str(info.value)
    return info.value


# -- people and posts -------------------------------------------------------------------


def test_all_twelve_leaders_are_people_in_source_order() -> None:
    expected = [
        "苗圩",
        "苏波",
        "许达哲",
        "杨学山",
        "刘利华",
        "尚冰",
        "毛伟明",
        "金书波",
        "凌成兴",
        "朱宏任",
        "张峰",
        "周子学",
    ]
    assert [p.name_zh for p in REPORT.people] == expected
    starts = [SOURCE_TEXT.find(name) for name in expected]
    assert {paragraph_of(s) for s in starts} == {1}
    assert [p.span.start for p in REPORT.people] == starts


@pytest.mark.parametrize("person", REPORT.people, ids=lambda p: p.id)
def test_a_person_is_mentioned_wherever_the_name_occurs(person: Person) -> None:
    assert list(person.mentions) == occurrences(person.name_zh)
    family, given_name = person.name_en.split(" ")
    assert family.istitle()
    assert given_name.istitle()
    assert given_name.isascii()


@pytest.mark.parametrize("post", REPORT.posts, ids=lambda p: p.id)
def test_a_post_quotes_its_title_and_ends_with_the_holders_name(post: Post) -> None:
    assert post.title_zh in post.quote
    assert post.quote.endswith(PEOPLE[post.person_id].name_zh)
    org = ORGS[post.organization_id]
    in_party_group = post.title_zh.startswith("党组")
    assert in_party_group == (org.type is OrganizationType.PARTY_GROUP)
    if org.type is OrganizationType.STATE_BUREAU:
        assert post.title_zh.startswith(org.name_zh)


def test_every_leader_holds_a_post_and_the_lists_are_complete() -> None:
    holders = {p.person_id for p in REPORT.posts}
    assert holders == set(PEOPLE)
    # The paragraph names each title the number of times it is held; 副部长 once per person
    # in 党组成员、副部长杨学山、刘利华、尚冰、毛伟明, so four posts rest on one occurrence.
    by_title: dict[str, set[str]] = {}
    for post in REPORT.posts:
        by_title.setdefault(post.title_zh, set()).add(PEOPLE[post.person_id].name_zh)
    assert by_title["总工程师"] == {"朱宏任", "张峰"}
    assert by_title["副部长"] == {"苏波", "许达哲", "杨学山", "刘利华", "尚冰", "毛伟明"}
    assert by_title["党组成员"] == {
        "杨学山",
        "刘利华",
        "尚冰",
        "毛伟明",
        "金书波",
        "凌成兴",
        "朱宏任",
    }
    assert by_title["部长"] == {"苗圩"}


def test_a_post_whose_title_is_not_in_its_quote_is_refused() -> None:
    post = REPORT.posts[0]
    _refused("$.title_zh", attrs.evolve, post, title_zh="副部长")


def test_leaders_can_be_listed_with_their_posts() -> None:
    lines = [
        f"{person.name_en} ({person.name_zh}): "
        + "; ".join(p.title_en for p in REPORT.posts if p.person_id == person.id)
        for person in REPORT.people
    ]
    assert lines[0] == "Miao Wei (苗圩): Minister"
    assert lines[2].startswith("Xu Dazhe (许达哲): Deputy Secretary of the Party Leadership Group;")


# -- organisations ------------------------------------------------------------------------


def test_the_eleven_speaking_units_are_those_listed_in_source_order() -> None:
    start = SOURCE_TEXT.find("28日上午，") + len("28日上午，")
    end = SOURCE_TEXT.find("等11家单位", start)
    listed = SOURCE_TEXT[start:end].split("、")
    assert len(listed) == 11
    (session,) = [s for s in MEETING.schedule if s.kind is SessionKind.EXCHANGE_SPEECHES]
    assert [ORGS[i].name_zh for i in session.speaker_ids] == listed
    assert [ORGS[i].span.start for i in session.speaker_ids] == [
        SOURCE_TEXT.find(name, start) for name in listed
    ]


def _is_subsequence(short: str, full: str) -> bool:
    rest = iter(full)
    return all(ch in rest for ch in short)


@pytest.mark.parametrize("org", REPORT.organizations, ids=lambda o: o.id)
def test_a_full_name_keeps_the_abbreviations_characters_in_order(org: Organization) -> None:
    """浙江省经信委 is read out of 浙江省经济和信息化委员会; a full name that is not is wrong."""
    if org.full_name_zh is not None:
        assert _is_subsequence(org.name_zh, org.full_name_zh)
        assert org.full_name_zh != org.name_zh
    elif org.id not in ("org.miit", "org.sastind", "org.stma"):  # already full names
        assert org.note_en is not None
        assert "full_name_zh is left empty" in org.note_en


# -- initiatives ---------------------------------------------------------------------------


@pytest.mark.parametrize("initiative", REPORT.initiatives, ids=lambda i: i.id)
def test_every_occurrence_of_an_initiatives_names_is_among_its_mentions(
    initiative: Initiative,
) -> None:
    """A mention may be wider than a name (十八届二中、三中全会 for 三中全会), never narrower."""
    found = [occ for name in initiative.names_zh for occ in occurrences(name)]
    assert found, "no name of this initiative occurs in the source"
    for occ in found:
        assert any(occ in mention for mention in initiative.mentions), occ.text
    for mention in initiative.mentions:
        assert any(occ in mention for occ in found), mention.text


def test_initiatives_named_more_than_once_have_every_mention() -> None:
    counts = {i.name_zh: len(i.mentions) for i in REPORT.initiatives}
    assert counts["“6+1”专项行动"] == 2
    assert counts["宽带中国"] == 2
    assert counts["工业强基工程"] == 2
    assert counts["大气污染防治行动计划"] == 2  # once as 大气十条
    assert counts["十八大"] == 4
    assert counts["十八届三中全会"] == 3


def test_every_quoted_term_except_the_report_title_is_an_initiative() -> None:
    quoted = re.findall(r"“([^”]+)”", SOURCE_TEXT)
    assert quoted[0] == MEETING.report_title.quote
    names = [name for i in REPORT.initiatives for name in i.names_zh]
    for term in quoted[1:]:
        assert any(term in name for name in names), term


def test_no_two_initiatives_share_a_name() -> None:
    names = [name for i in REPORT.initiatives for name in i.names_zh]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("record", [*REPORT.people, *REPORT.organizations, *REPORT.initiatives])
def test_mentions_are_distinct_sorted_and_start_with_the_span(record: Mentioned) -> None:
    assert record.mentions[0] == record.span
    assert list(record.mentions) == sorted(set(record.mentions))


def test_unsorted_or_repeated_mentions_are_refused() -> None:
    i = BROADBAND_CHINA
    backwards = (i.mentions[0], *reversed(i.mentions[1:]), i.mentions[0])
    _refused("$.mentions", attrs.evolve, i, mentions=backwards)
    _refused("$.mentions[0]", attrs.evolve, i, mentions=tuple(reversed(i.mentions)))


def test_other_names_must_occur_in_the_source() -> None:
    _refused("$.other_names_zh[0]", attrs.evolve, BROADBAND_CHINA, other_names_zh=("宽带美国",))


@st.composite
def spans_around(draw: st.DrawFn, text: str) -> Span:
    """A span that holds one occurrence of ``text``, widened at random on both sides."""
    occ = draw(st.sampled_from(occurrences(text)))
    start = draw(st.integers(max(0, occ.start - 30), occ.start))
    end = draw(st.integers(occ.end, min(len(SOURCE_TEXT), occ.end + 30)))
    assume(not SOURCE_TEXT[start].isspace() and not SOURCE_TEXT[end - 1].isspace())
    return Span(start, end)


@given(st.one_of(spans(), spans_around("宽带中国")))
def test_a_mention_is_accepted_only_if_it_contains_a_name(span: Span) -> None:
    mentions = tuple(sorted({*BROADBAND_CHINA.mentions, span}))
    assume(mentions[0] == BROADBAND_CHINA.span)  # else refused as not the first mention
    if "宽带中国" in span.text:
        assert attrs.evolve(BROADBAND_CHINA, mentions=mentions).mentions == mentions
    else:
        with pytest.raises(DataError, match="contains none of the names"):
            attrs.evolve(BROADBAND_CHINA, mentions=mentions)


@pytest.mark.parametrize("initiative", REPORT.initiatives, ids=lambda i: i.id)
def test_english_names_use_the_glossary(initiative: Initiative) -> None:
    for term, english in TERMS.items():
        if any(term in name for name in initiative.names_zh):
            assert english.lower() in initiative.name_en.lower(), term


_OUTSIDE_FACT = re.compile(
    r"Guo Fa|\b(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b|\b(?:19|20)\d\d\b"
)


@pytest.mark.parametrize("initiative", REPORT.initiatives, ids=lambda i: i.id)
def test_a_date_or_document_number_not_in_the_source_is_cited(initiative: Initiative) -> None:
    outside = [
        m.group()
        for m in _OUTSIDE_FACT.finditer(initiative.description_en)
        if m.group() not in ("2013", "2014")  # the years the report itself speaks of
    ]
    if outside:
        assert initiative.citations, outside
    for citation in initiative.citations:
        assert citation.url is not None
        assert citation.note is not None


def test_a_citation_without_a_real_address_is_refused() -> None:
    _refused("$.url", Citation, publisher="x", title="y", url="www.gov.cn/page")
    _refused("$.url", Citation, publisher="x", title="y", url="https://gov cn/a b")


# -- links ---------------------------------------------------------------------------------


def _links(record: Record) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for field in attrs.fields(type(record)):
        target = field.metadata.get(LINK)
        value = getattr(record, field.name)
        if target is not None and value is not None:
            out.extend((target, ref) for ref in (value if isinstance(value, tuple) else (value,)))
    return out


def test_every_link_resolves_to_a_record_of_the_right_kind() -> None:
    links = [link for record in REPORT.records() for link in _links(record)]
    assert len(links) >= len(REPORT.posts) * 2 + 11 + 12
    for target, ref in links:
        assert type(miit2014.get(ref)).__name__ == target, ref


def test_a_broken_link_in_the_schedule_is_refused_at_its_path() -> None:
    session = MEETING.schedule[2]
    speakers = ("org.nobody", *session.speaker_ids[1:])
    schedule = (*MEETING.schedule[:2], attrs.evolve(session, speaker_ids=speakers))
    meeting = attrs.evolve(MEETING, schedule=schedule)
    error = _refused("$.meeting.schedule[2].speaker_ids[0]", _report, meeting=meeting)
    assert "'org.nobody' names no record" in str(error)


def test_a_post_pointing_at_a_person_instead_of_a_body_is_refused() -> None:
    post = attrs.evolve(REPORT.posts[3], organization_id=REPORT.people[0].id)
    posts = (*REPORT.posts[:3], post, *REPORT.posts[4:])
    error = _refused("$.posts[3].organization_id", _report, posts=posts)
    assert "expected a Organization" in str(error)


def test_every_record_is_reachable_by_id() -> None:
    for group in (REPORT.people, REPORT.posts, REPORT.organizations, REPORT.initiatives):
        for record in group:
            assert miit2014.get(record.id) is record
    for session in MEETING.schedule:
        assert miit2014.get(session.id) is session
    assert miit2014.get("meeting.2013-12-27") is MEETING


# -- the meeting ---------------------------------------------------------------------------


def test_the_meeting_is_dated_and_placed_by_its_opening_sentence() -> None:
    assert "2013年12月27日" in MEETING.quote
    assert "在京" in MEETING.quote
    assert (MEETING.start_date, MEETING.end_date) == (
        datetime.date(2013, 12, 27),
        datetime.date(2013, 12, 28),
    )
    assert "2013-12-27" in MEETING.id
    assert MEETING.headline.span.end <= len(paragraph(0))


def test_the_schedule_agrees_with_the_words_of_each_session() -> None:
    # 会期1天半: three half-day sittings, the last on the morning of the second day
    assert "1天半" in MEETING.duration.quote
    assert len(MEETING.schedule) == 3
    assert MEETING.end_date - MEETING.start_date == datetime.timedelta(days=1)
    for session in MEETING.schedule:
        assert f"{session.date.day}日" in session.quote
        words = {PartOfDay.MORNING: "上午", PartOfDay.AFTERNOON: "下午"}
        assert words[session.part_of_day] in session.quote
        assert (session.status is SessionStatus.ANNOUNCED) == ("将" in session.quote)
    spans_in_order = [s.span.start for s in MEETING.schedule]
    assert spans_in_order == sorted(spans_in_order)


def test_su_bo_chaired_the_conference_and_no_session_is_given_a_chair() -> None:
    """会议由…苏波主持: the subject is the meeting, so no sitting is named as his."""
    (chaired,) = [p for p in MEETING.participants if p.role is MeetingRole.CHAIRED]
    assert chaired.person_id == "person.su-bo"
    assert chaired.quote.startswith("会议由")
    assert chaired.quote.endswith("苏波主持")
    assert all(session.chair_id is None for session in MEETING.schedule)
    assert not any("Su Bo" in session.description_en for session in MEETING.schedule)


def test_the_report_title_keeps_the_no_break_spaces() -> None:
    title = MEETING.report_title.quote
    assert title.count("\xa0 ") == 2
    assert f"“{title}”" in SOURCE_TEXT


def test_every_leader_has_one_role_stated_in_its_quote() -> None:
    words = {
        MeetingRole.DELIVERED_REPORT: "工作报告",
        MeetingRole.CHAIRED: "主持",
        MeetingRole.ATTENDED: "出席会议",
    }
    by_person = {p.person_id: p for p in MEETING.participants}
    assert len(by_person) == len(MEETING.participants) == 12
    for person_id, part in by_person.items():
        assert PEOPLE[person_id].name_zh in part.quote
        assert words[part.role] in part.quote
    assert by_person[MEETING.reporter_id].role is MeetingRole.DELIVERED_REPORT


def test_the_branch_venues_and_attendance_are_from_the_last_paragraphs() -> None:
    assert "266个分会场" in MEETING.branch_venues.quote
    assert MEETING.attendance.quote == paragraph(20)
    assert any("八项规定" in s.quote for s in MEETING.frugality)


@pytest.mark.parametrize(
    ("changes", "path"),
    [
        ({"end_date": datetime.date(2013, 12, 26)}, "$.end_date"),
        ({"start_date": datetime.date(2013, 12, 28)}, "$.schedule[0].date"),
        ({"reporter_id": "person.su-bo"}, "$.participants"),
    ],
)
def test_an_inconsistent_meeting_is_refused(changes: dict[str, Any], path: str) -> None:
    _refused(path, attrs.evolve, MEETING, **changes)


def test_sessions_out_of_time_order_or_an_unrecorded_chair_are_refused() -> None:
    reordered = (MEETING.schedule[1], MEETING.schedule[0], MEETING.schedule[2])
    _refused("$.schedule[1]", attrs.evolve, MEETING, schedule=reordered)
    chaired_by_miao = attrs.evolve(MEETING.schedule[0], chair_id="person.miao-wei")
    schedule = (chaired_by_miao, *MEETING.schedule[1:])
    _refused("$.schedule[0].chair_id", attrs.evolve, MEETING, schedule=schedule)


# -- mentions are computed from the names ------------------------------------------------

MENTIONED = {r.id: r for r in (*REPORT.people, *REPORT.organizations, *REPORT.initiatives)}


def _recomputed(record: Mentioned, **rules: Any) -> tuple[Span, ...]:
    kw: dict[str, Any] = {"shared": SHARED_MENTIONS, "excluded": NOT_MENTIONS, **rules}
    return mentions_of(record.id, record.names_zh, **kw)


@pytest.mark.parametrize("rule", NOT_MENTIONS, ids=lambda r: r.context)
def test_each_exclusion_is_needed(rule: NotAMention) -> None:
    record = MENTIONED[rule.record_id]
    without = _recomputed(record, excluded=tuple(r for r in NOT_MENTIONS if r is not rule))
    assert without != record.mentions
    (extra,) = set(without) - set(record.mentions)
    assert extra.text == rule.text
    assert extra in occurrences(rule.context)[0]
    assert rule.reason


@pytest.mark.parametrize("rule", SHARED_MENTIONS, ids=lambda r: r.text)
def test_each_shared_mention_is_needed(rule: SharedMention) -> None:
    for record_id in rule.record_ids:
        record = MENTIONED[record_id]
        without = _recomputed(record, shared=tuple(r for r in SHARED_MENTIONS if r is not rule))
        assert without != record.mentions
        assert rule.text in [m.text for m in record.mentions]
    assert rule.reason


def test_the_mentions_that_are_not_every_occurrence_of_a_name() -> None:
    """The three records the rules touch, read from the text: the ministry's Party group
    (its own 党组 nested in 部党组 counted once, the tobacco administration's left out) and
    the two plenums, named together by one phrase."""
    group = MENTIONED["org.miit-party-group"]
    assert [m.text for m in group.mentions] == ["部党组", *["党组"] * 5, "工业和信息化部党组"]
    assert "国家烟草专卖局党组" not in [SOURCE_TEXT[m.start - 7 : m.end] for m in group.mentions]
    second = MENTIONED["initiative.2nd-plenum-18th-central-committee"]
    third = MENTIONED["initiative.3rd-plenum-18th-central-committee"]
    assert [m.text for m in second.mentions] == ["十八届二中、三中全会"] * 2
    assert [m.text for m in third.mentions] == [
        "十八届二中、三中全会",
        "十八届三中全会",
        "十八届二中、三中全会",
    ]
    plain = [r for r in MENTIONED.values() if r not in (group, second, third)]
    assert len(plain) == 56
    for record in plain:
        found = sorted({o for name in record.names_zh for o in occurrences(name)})
        assert list(record.mentions) == found, record.id


def test_a_rule_that_no_longer_matches_is_an_error() -> None:
    group = MENTIONED["org.miit-party-group"]
    stale = NotAMention(
        record_id=group.id, text="部党组", context="国家烟草专卖局党组成员", reason="x"
    )
    with pytest.raises(DataError, match=r"org\.miit-party-group"):
        _recomputed(group, excluded=(stale,))
    gone = SharedMention(record_ids=(group.id,), text="中央党组", reason="x")
    with pytest.raises(DataError, match="not in the source"):
        _recomputed(group, shared=(gone,))
    with pytest.raises(DataError, match=r"person\.nobody"):
        mentions_of("person.nobody", ("无名氏",))


# -- a meeting's chairs are looked up; organisations' English names are attested -------


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


def test_a_meetings_chairs_are_looked_up_not_scanned() -> None:
    assert _meeting_with(400) <= 4 * 400


#: Bodies whose official English name is common knowledge (stated in organizations.py).
COMMON_KNOWLEDGE = {"org.miit", "org.sastind", "org.stma", "org.huawei", "org.smic"}


@pytest.mark.parametrize("org", REPORT.organizations, ids=lambda o: o.id)
def test_an_english_name_is_common_knowledge_cited_or_marked_as_the_packages(
    org: Organization,
) -> None:
    cited = [c for c in org.citations if c.quote and org.name_en in c.quote and c.url]
    own = org.note_en is not None and "package's rendering" in org.note_en
    assert (org.id in COMMON_KNOWLEDGE) + bool(cited) + own == 1, org.id


def test_the_shanghai_commission_has_its_own_english_name() -> None:
    (shanghai,) = [o for o in REPORT.organizations if o.name_zh == "上海市经信委"]
    assert shanghai.name_en == "Shanghai Municipal Commission of Economy and Informatization"
    (source,) = shanghai.citations
    assert source.reliability is Reliability.PRIMARY
    assert source.url is not None
    assert source.url.startswith("https://shanghai.gov.cn/")


@pytest.mark.parametrize(
    "kind", [OrganizationType.PARTY_GROUP, OrganizationType.PARTY_DISCIPLINE_BODY]
)
def test_the_party_bodies_full_names_are_marked_as_the_packages(kind: OrganizationType) -> None:
    (body,) = [o for o in REPORT.organizations if o.type is kind]
    assert body.full_name_zh is not None
    assert not body.citations
    assert body.note_en is not None
    assert "full_name_zh" in body.note_en
    assert "package's rendering" in body.note_en
