"""The conference itself: when, where, how it ran, who spoke and who attended.

The release is dated 27 December 2013, the first day. The end date (28 December) follows
from its own words: the meeting lasts a day and a half (会期1天半) and the exchange
speeches are on the morning of the 28th, which the source announces with 将 ("will"), so
that session's status is ``announced``.

The ten leaders who attended (出席会议) are named in one sentence that states the role once
for all of them; each of their participations quotes that whole sentence, which holds both
the person's name and the role.

Su Bo chaired the conference: 会议由…苏波主持 ("the meeting was chaired by Su Bo") follows
the account of the morning plenary of the 27th, but its subject is the meeting (会议), not
that session. So his role is recorded for the meeting (a ``chaired`` participation), and no
session names a chair: the source does not say who chaired which sitting.

The number of branch venues (266) is a :class:`~miit2014.model.Figure` in
:mod:`miit2014.figures`; here the sentence is kept as a statement of the format.
"""

from __future__ import annotations

import datetime

from .model.base import locate, quoted
from .model.entities import (
    Meeting,
    MeetingRole,
    Participation,
    PartOfDay,
    Person,
    Session,
    SessionKind,
    SessionStatus,
    Statement,
)
from .organizations import SPEAKING_UNITS
from .people import MIAO_WEI, PEOPLE, SU_BO

_ID = "meeting.2013-12-27"
_27TH = datetime.date(2013, 12, 27)
_28TH = datetime.date(2013, 12, 28)
_ATTENDED_QUOTE = "党组副书记、副部长、国家国防科技工业局局长许达哲，党组成员、副部长杨学山、刘利华、尚冰、毛伟明，党组成员、中纪委驻部纪检组组长金书波，党组成员、国家烟草专卖局局长凌成兴，党组成员、总工程师朱宏任，总工程师张峰，总经济师周子学出席会议"
_ATTENDED_SPAN = locate(f"{_ID}.role", _ATTENDED_QUOTE)


def _attended(person: Person) -> Participation:
    """One of the leaders named in the sentence that ends 出席会议 (attended)."""
    return Participation(
        id=f"{_ID}.role.{person.id.removeprefix('person.')}",
        span=_ATTENDED_SPAN,
        quote=_ATTENDED_QUOTE,
        person_id=person.id,
        role=MeetingRole.ATTENDED,
    )


#: The conference itself, 27–28 December 2013, Beijing.
MEETING_2013_12_27 = Meeting(
    **quoted(_ID, "2013年12月27日，全国工业和信息化工作会议在京召开。"),
    name_zh="全国工业和信息化工作会议",
    name_en="National Industry and Information Technology Work Conference",
    headline=Statement(
        **quoted(f"{_ID}.headline", "全国工业和信息化工作会在京召开"),
        text_en="National Industry and Information Technology Work Conference held in Beijing",
    ),
    purpose=Statement(
        **quoted(
            f"{_ID}.purpose",
            "会议主要任务是，深入贯彻党的十八大和十八届二中、三中全会以及中央经济工作会议精神，总结2013年工作，分析当前形势，明确2014年的工作要求和任务，动员全系统改革创新、开拓进取，努力开创新型工业化发展新局面。",
        ),
        text_en=(
            "The main tasks of the meeting were to implement thoroughly the guiding principles"
            " of the 18th Party Congress, of the Second and Third Plenary Sessions of the 18th"
            " Central Committee and of the Central Economic Work Conference; to"
            " review the work of 2013; to analyse the present situation; to set the"
            " requirements and tasks for 2014; and to mobilize the whole system to reform,"
            " innovate and forge ahead, striving to open up a new stage in the development of"
            " new-type industrialization."
        ),
    ),
    start_date=_27TH,
    end_date=_28TH,
    duration=Statement(
        **quoted(f"{_ID}.duration", "本次会议会期1天半。"),
        text_en="The meeting lasts a day and a half.",
    ),
    place_en="Beijing",
    report_title=Statement(
        **quoted(f"{_ID}.report-title", "改革创新\xa0 融合发展\xa0 努力开创新型工业化发展新局面"),
        text_en=(
            "Reform and innovate, integrate and develop: strive to open up a new stage in the"
            " development of new-type industrialization"
        ),
    ),
    reporter_id=MIAO_WEI.id,
    format=Statement(
        **quoted(f"{_ID}.format", "这次会议采用了主会场加各地电视电话会议的方式。"),
        text_en=(
            "The meeting was held at a main venue linked to venues across the country by video and "
            "telephone conference."
        ),
    ),
    branch_venues=Statement(
        **quoted(
            f"{_ID}.branch-venues",
            "在各省（区、市）、计划单列市、新疆生产建设兵团及有条件的地（州、市）和部机关万寿路办公区、西单办公区共计开设了266个分会场。",
        ),
        text_en=(
            "In all, 266 branch venues were set up: in the provinces (autonomous regions and "
            "municipalities), the cities with independent planning status, the Xinjiang Production "
            "and Construction Corps and the prefectures (autonomous prefectures, cities) with the "
            "necessary facilities, and at the ministry's Wanshou Road and Xidan office compounds."
        ),
    ),
    frugality=(
        Statement(
            **quoted(
                f"{_ID}.frugality.eight-point-decision",
                "为贯彻落实中央“八项规定”，切实改进会风、提高效率",
            ),
            text_en=(
                "The format was chosen to implement the Central Committee's Eight-point Decision, "
                "genuinely improve the style of meetings and raise efficiency."
            ),
        ),
        Statement(
            **quoted(
                f"{_ID}.frugality.reductions",
                "同时，减少了邀请的中央部门、参会的行业协会的代表，大幅压缩了工作人员，节约了会议经费。",
            ),
            text_en=(
                "At the same time, fewer representatives of central departments were invited"
                " and fewer from industry associations took part, the support staff were cut"
                " sharply, and the meeting's costs were reduced."
            ),
        ),
    ),
    schedule=(
        Session(
            **quoted(
                f"{_ID}.session.27-morning",
                "在27日上午的大会上，工业和信息化部部长苗圩作了题为“改革创新\xa0 融合发展\xa0 努力开创新型工业化发展新局面”的工作报告。会议由部党组副书记、副部长苏波主持。",
            ),
            date=_27TH,
            part_of_day=PartOfDay.MORNING,
            kind=SessionKind.WORK_REPORT,
            status=SessionStatus.HELD,
            description_en="Plenary session: Minister Miao Wei delivered the work report.",
        ),
        Session(
            **quoted(f"{_ID}.session.27-afternoon", "27日下午大会进行分组讨论。"),
            date=_27TH,
            part_of_day=PartOfDay.AFTERNOON,
            kind=SessionKind.GROUP_DISCUSSION,
            status=SessionStatus.HELD,
            description_en="The conference met in groups for discussion.",
        ),
        Session(
            **quoted(
                f"{_ID}.session.28-morning",
                "28日上午，浙江省经信委、华为公司、福建省通管局、中芯国际、辽宁省经信委、河北省工信厅、天津市中小局、上海市经信委、四川省经信委、北京市经信委、泰州医药高新区等11家单位将进行大会交流发言。",
            ),
            date=_28TH,
            part_of_day=PartOfDay.MORNING,
            kind=SessionKind.EXCHANGE_SPEECHES,
            status=SessionStatus.ANNOUNCED,
            description_en=(
                "Plenary session at which 11 organizations, from provincial and municipal "
                "authorities to companies and a high-tech zone, were to share their experience."
            ),
            speaker_ids=tuple(unit.id for unit in SPEAKING_UNITS),
        ),
    ),
    participants=(
        Participation(
            **quoted(
                f"{_ID}.role.miao-wei",
                "苗圩作了题为“改革创新\xa0 融合发展\xa0 努力开创新型工业化发展新局面”的工作报告",
            ),
            person_id=MIAO_WEI.id,
            role=MeetingRole.DELIVERED_REPORT,
        ),
        Participation(
            **quoted(f"{_ID}.role.su-bo", "会议由部党组副书记、副部长苏波主持"),
            person_id=SU_BO.id,
            role=MeetingRole.CHAIRED,
        ),
        *(_attended(person) for person in PEOPLE[2:]),
    ),
    attendance=Statement(
        **quoted(
            f"{_ID}.attendance",
            "工业和信息化部党组成员、总师，国家国防科技工业局、国家烟草专卖局党组成员及综合管理部门负责同志，地方工业和信息化主管部门、各地通信管理局、部直属单位、部属高校、部机关各司局主要负责同志，中央有关部门和行业协会负责同志在主会场参加会议。",
        ),
        text_en=(
            "Attending at the main venue were the members of the ministry's Party leadership group "
            "and its chief engineers and chief economist; members of the Party leadership groups "
            "and officials in charge of the general administration departments of the State "
            "Administration of Science, Technology and Industry for National Defense and the State "
            "Tobacco Monopoly Administration; the principal officials of local industry and "
            "information technology authorities, of the provincial communications administrations, "
            "of units directly under the ministry, of universities run by the ministry and of the "
            "ministry's departments and bureaus; and officials of relevant central departments and "
            "industry associations."
        ),
    ),
)
