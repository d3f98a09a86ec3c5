"""The conference itself: when, where, how it ran, and who spoke."""

from __future__ import annotations

import datetime

from .model.base import Span
from .model.entities import Meeting, MeetingRole, Participation, Statement
from .people import MIAO_WEI, SU_BO

MEETING = Meeting(
    id="meeting.2013-12-27",
    span=Span(16, 45),
    quote="2013年12月27日，全国工业和信息化工作会议在京召开。",
    name_zh="全国工业和信息化工作会议",
    name_en="National Industry and Information Technology Work Conference",
    headline=Statement(
        id="meeting.2013-12-27.headline",
        span=Span(0, 15),
        quote="全国工业和信息化工作会在京召开",
        text_en="National industry and information technology work conference held in Beijing",
    ),
    start_date=datetime.date(2013, 12, 27),
    end_date=datetime.date(2013, 12, 28),
    place_en="Beijing",
    report_title=Statement(
        id="meeting.2013-12-27.report-title",
        span=Span(176, 202),
        quote="改革创新\xa0 融合发展\xa0 努力开创新型工业化发展新局面",
        text_en=(
            "Reform and innovate, integrate and develop, strive to open up a new stage"
            " in the development of new-type industrialization"
        ),
    ),
    reporter_id=MIAO_WEI.id,
    format=Statement(
        id="meeting.2013-12-27.format",
        span=Span(4458, 4481),
        quote="这次会议采用了主会场加各地电视电话会议的方式。",
        text_en=(
            "The meeting combined a main venue with video and telephone conferencing"
            " across the country."
        ),
    ),
    schedule=(),
    participants=(
        Participation(
            id="meeting.2013-12-27.role.miao-wei",
            span=Span(160, 175),
            quote="工业和信息化部部长苗圩作了题为",
            person_id=MIAO_WEI.id,
            role=MeetingRole.DELIVERED_REPORT,
        ),
        Participation(
            id="meeting.2013-12-27.role.su-bo",
            span=Span(209, 227),
            quote="会议由部党组副书记、副部长苏波主持。",
            person_id=SU_BO.id,
            role=MeetingRole.CHAIRED,
        ),
    ),
    attendance=Statement(
        id="meeting.2013-12-27.attendance",
        span=Span(4588, 4705),
        quote=(
            "工业和信息化部党组成员、总师，国家国防科技工业局、国家烟草专卖局党组成员及综合管理部门负责同志，"
            "地方工业和信息化主管部门、各地通信管理局、部直属单位、部属高校、部机关各司局主要负责同志，"
            "中央有关部门和行业协会负责同志在主会场参加会议。"
        ),
        text_en=(
            "Attending at the main venue: the ministry's Party leadership group members and chief"
            " engineers and economist; Party leadership group members and heads of general"
            " management departments of the State Administration of Science, Technology and"
            " Industry for National Defence and the State Tobacco Monopoly Administration; the"
            " principal leaders of local industry and information technology authorities, the"
            " provincial communications administrations, units directly under the ministry,"
            " universities run by the ministry and the ministry's departments and bureaus; and"
            " leaders of relevant central departments and industry associations."
        ),
    ),
)
