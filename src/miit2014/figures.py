"""Every figure of the report, one named constant each, in document order.

Names are public API: ``WHAT_IS_MEASURED[_TARGET]_YEAR``, and each id is the same words in
lowercase (``figure.what-is-measured[-target]-year``). Each constant is the very object found
in ``REPORT.figures``. Values are exact and in base units (万 and 亿 multiplied out).

How the records are cut, so that every one is read the same way:

- ``quote`` is the clause that states the number (its ``span`` is computed from it: see
  :func:`~miit2014.model.base.quoted`), widened back to its subject when the
  subject stands in an earlier clause of the same sentence (利润增长13% takes in
  规模以上工业), and to a time phrase that belongs to this figure alone (截至11月底). The
  frame 预计全年, shared by six figures, is recorded in ``status`` instead.
- ``numeral`` is the number as printed with its unit or measure word (``600多万户``,
  ``2万亿元``), without the words that bound it (超过, 左右, 以上), which ``qualifier`` records.
- Every numeral of the source that is not a figure is listed, with its reason, in
  :data:`miit2014.numerals.NON_FIGURES`; a test proves the two together miss nothing.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from fractions import Fraction

from .model.base import quoted
from .model.figure import Commitment, Figure, Period, Qualifier, Status, Unit

_YEAR_2013 = Period.year(2013)
_YEAR_2014 = Period.year(2014)
_END_OF_NOVEMBER_2013 = Period.as_of(datetime.date(2013, 11, 30))
_END_OF_2014 = Period.by(datetime.date(2014, 12, 31))
_MEETING_OPENS = Period.as_of(datetime.date(2013, 12, 27))
_MEETING = Period.interval(datetime.date(2013, 12, 27), datetime.date(2013, 12, 28))
_MEETING_SECOND_DAY = Period.interval(datetime.date(2013, 12, 28), datetime.date(2013, 12, 28))

_PLAN_YEAR = "No date is stated; the period is the plan year 2014."

# -- 2013 review, item 1: expanding domestic demand (一是扩大内需促进工业平稳增长) ------------

#: Value added of industrial enterprises above designated size grew about 9.8% in 2013 (estimate).
INDUSTRIAL_VALUE_ADDED_GROWTH_2013 = Figure(
    **quoted("figure.industrial-value-added-growth-2013", "规模以上工业增加值增长9.8%左右"),
    label_en="Growth of value added of industrial enterprises above designated size",
    label_zh="规模以上工业增加值增长",
    label_short_en="Industrial value added growth",
    label_short_zh="工业增加值增长",
    value=Decimal("9.8"),
    unit=Unit.PERCENT,
    qualifier=Qualifier.ABOUT,
    status=Status.ESTIMATED,
    commitment=None,
    period=_YEAR_2013,
    numeral="9.8%",
    note_en="Year-on-year growth, as estimated for the full year (预计全年).",
)

#: Profits of industrial enterprises above designated size grew 13% in 2013 (estimate).
INDUSTRIAL_PROFIT_GROWTH_2013 = Figure(
    **quoted("figure.industrial-profit-growth-2013", "规模以上工业增加值增长9.8%左右，利润增长13%"),
    label_en="Growth of profits of industrial enterprises above designated size",
    label_zh="规模以上工业利润增长",
    label_short_en="Industrial profit growth",
    label_short_zh="工业利润增长",
    value=Decimal("13"),
    unit=Unit.PERCENT,
    qualifier=Qualifier.EXACT,
    status=Status.ESTIMATED,
    commitment=None,
    period=_YEAR_2013,
    numeral="13%",
    note_en="The subject (规模以上工业) stands in the preceding clause, which the span includes.",
)

#: Information consumption exceeded 2 trillion yuan in 2013 (estimate).
INFORMATION_CONSUMPTION_2013 = Figure(
    **quoted("figure.information-consumption-2013", "信息消费规模超过2万亿元"),
    label_en="Size of information consumption",
    label_zh="信息消费规模",
    label_short_en="Information consumption",
    label_short_zh="信息消费规模",
    value=Decimal("2000000000000"),
    unit=Unit.YUAN,
    qualifier=Qualifier.MORE_THAN,
    status=Status.ESTIMATED,
    commitment=None,
    period=_YEAR_2013,
    numeral="2万亿元",
)

#: Information consumption grew about 25% in 2013 (estimate).
INFORMATION_CONSUMPTION_GROWTH_2013 = Figure(
    **quoted("figure.information-consumption-growth-2013", "信息消费规模超过2万亿元，增长25%左右"),
    label_en="Growth of information consumption",
    label_zh="信息消费增长",
    label_short_en="Information consumption growth",
    label_short_zh="信息消费增长",
    value=Decimal("25"),
    unit=Unit.PERCENT,
    qualifier=Qualifier.ABOUT,
    status=Status.ESTIMATED,
    commitment=None,
    period=_YEAR_2013,
    numeral="25%",
)

#: Telecom business revenue grew 8.4% in 2013 (estimate).
TELECOM_REVENUE_GROWTH_2013 = Figure(
    **quoted(
        "figure.telecom-revenue-growth-2013",
        "电信业务收入、软件和信息技术服务业收入分别增长8.4%和25%",
    ),
    label_en="Growth of telecommunications business revenue",
    label_zh="电信业务收入增长",
    label_short_en="Telecom revenue growth",
    label_short_zh="电信业务收入增长",
    value=Decimal("8.4"),
    unit=Unit.PERCENT,
    qualifier=Qualifier.EXACT,
    status=Status.ESTIMATED,
    commitment=None,
    period=_YEAR_2013,
    numeral="8.4%",
)

#: Revenue of the software and information technology services industry grew 25% in 2013 (estimate).
SOFTWARE_IT_SERVICES_REVENUE_GROWTH_2013 = Figure(
    **quoted(
        "figure.software-it-services-revenue-growth-2013",
        "电信业务收入、软件和信息技术服务业收入分别增长8.4%和25%",
    ),
    label_en="Growth of revenue of the software and information technology services industry",
    label_zh="软件和信息技术服务业收入增长",
    label_short_en="Software and IT services revenue growth",
    label_short_zh="软件业收入增长",
    value=Decimal("25"),
    unit=Unit.PERCENT,
    qualifier=Qualifier.EXACT,
    status=Status.ESTIMATED,
    commitment=None,
    period=_YEAR_2013,
    numeral="25%",
)

# -- 2013 review, item 2: industrial restructuring (二是推动工业结构调整) ------------------------

#: Outdated production lines were shut down in 19 industrial sectors in 2013.
OUTDATED_CAPACITY_SHUTDOWN_SECTORS_2013 = Figure(
    **quoted(
        "figure.outdated-capacity-shutdown-sectors-2013",
        "19个工业行业1569家企业的落后生产线已实现关停",
    ),
    label_en="Industrial sectors in which outdated production lines were shut down",
    label_zh="落后生产线已实现关停的工业行业数",
    label_short_en="Sectors shutting outdated lines",
    label_short_zh="落后生产线关停行业",
    value=Decimal("19"),
    unit=Unit.COUNT,
    qualifier=Qualifier.EXACT,
    status=Status.ACHIEVED,
    commitment=None,
    period=_YEAR_2013,
    numeral="19个",
    counted="industrial sectors",
    note_en="Part of eliminating outdated production capacity (淘汰落后产能).",
)

#: Outdated production lines of 1,569 enterprises were shut down in 2013.
OUTDATED_CAPACITY_SHUTDOWN_ENTERPRISES_2013 = Figure(
    **quoted(
        "figure.outdated-capacity-shutdown-enterprises-2013",
        "19个工业行业1569家企业的落后生产线已实现关停",
    ),
    label_en="Enterprises whose outdated production lines were shut down",
    label_zh="落后生产线已实现关停的企业数",
    label_short_en="Enterprises shutting outdated lines",
    label_short_zh="落后生产线关停企业",
    value=Decimal("1569"),
    unit=Unit.COUNT,
    qualifier=Qualifier.EXACT,
    status=Status.ACHIEVED,
    commitment=None,
    period=_YEAR_2013,
    numeral="1569家",
    counted="enterprises",
    note_en=(
        "Part of eliminating outdated production capacity (淘汰落后产能); the enterprises"
        " are in the 19 sectors of the same clause."
    ),
)

#: Energy consumption per unit of industrial value added fell 4.8% in 2013.
INDUSTRIAL_ENERGY_INTENSITY_REDUCTION_2013 = Figure(
    **quoted(
        "figure.industrial-energy-intensity-reduction-2013",
        "单位工业增加值能耗和用水量分别降低4.8%和8%",
    ),
    label_en="Reduction in energy consumption per unit of industrial value added",
    label_zh="单位工业增加值能耗降低",
    label_short_en="Industrial energy intensity cut",
    label_short_zh="单位增加值能耗降低",
    value=Decimal("4.8"),
    unit=Unit.PERCENT,
    qualifier=Qualifier.EXACT,
    status=Status.ACHIEVED,
    commitment=None,
    period=_YEAR_2013,
    numeral="4.8%",
    note_en="The value is the size of the fall (降低).",
)

#: Water use per unit of industrial value added fell 8% in 2013.
INDUSTRIAL_WATER_INTENSITY_REDUCTION_2013 = Figure(
    **quoted(
        "figure.industrial-water-intensity-reduction-2013",
        "单位工业增加值能耗和用水量分别降低4.8%和8%",
    ),
    label_en="Reduction in water use per unit of industrial value added",
    label_zh="单位工业增加值用水量降低",
    label_short_en="Industrial water intensity cut",
    label_short_zh="单位增加值用水降低",
    value=Decimal("8"),
    unit=Unit.PERCENT,
    qualifier=Qualifier.EXACT,
    status=Status.ACHIEVED,
    commitment=None,
    period=_YEAR_2013,
    numeral="8%",
    note_en="The value is the size of the fall (降低).",
)

#: Nearly 20,000 service agencies were mobilized to serve enterprises in 2013.
SME_SERVICE_AGENCIES_2013 = Figure(
    **quoted("figure.sme-service-agencies-2013", "带动了近2万家服务机构累计服务企业176万户"),
    label_en="Service agencies mobilized to serve enterprises",
    label_zh="带动的服务机构数",
    label_short_en="SME service agencies mobilized",
    label_short_zh="带动服务机构数",
    value=Decimal("20000"),
    unit=Unit.COUNT,
    qualifier=Qualifier.NEARLY,
    status=Status.ACHIEVED,
    commitment=None,
    period=_YEAR_2013,
    numeral="2万家",
    counted="service agencies",
    note_en=(
        "Mobilized by the special action plan to support small and micro enterprises and the"
        " building of the service system for small and medium-sized enterprises"
        " (扶助小微企业专项行动计划, 中小企业服务体系建设)."
    ),
)

#: Those service agencies had served 1.76 million enterprises, cumulatively, by the report.
SME_SERVICE_ENTERPRISES_SERVED_2013 = Figure(
    **quoted(
        "figure.sme-service-enterprises-served-2013", "带动了近2万家服务机构累计服务企业176万户"
    ),
    label_en="Enterprises served by the mobilized service agencies, cumulative",
    label_zh="服务机构累计服务企业数",
    label_short_en="Enterprises served by SME agencies",
    label_short_zh="累计服务企业数",
    value=Decimal("1760000"),
    unit=Unit.COUNT,
    qualifier=Qualifier.EXACT,
    status=Status.ACHIEVED,
    commitment=None,
    period=_MEETING_OPENS,
    numeral="176万户",
    counted="enterprises",
    note_en=(
        "Cumulative (累计): a count up to the report, whose start the source does not give,"
        " so the period is the report's date, not the calendar year 2013."
        " 户 is the measure word for enterprises."
    ),
)

#: More than 6 million small and micro enterprises got tax reductions or exemptions in 2013.
SMALL_MICRO_ENTERPRISES_TAX_RELIEF_2013 = Figure(
    **quoted("figure.small-micro-enterprises-tax-relief-2013", "为600多万户小微企业减免税"),
    label_en="Small and micro enterprises granted tax reductions or exemptions",
    label_zh="减免税的小微企业数",
    label_short_en="Small firms granted tax relief",
    label_short_zh="减免税小微企业数",
    value=Decimal("6000000"),
    unit=Unit.COUNT,
    qualifier=Qualifier.MORE_THAN,
    status=Status.ACHIEVED,
    commitment=None,
    period=_YEAR_2013,
    numeral="600多万户",
    counted="small and micro enterprises",
    note_en="Under the support policies put into effect (落实扶持政策).",
)

# -- 2013 review, item 3: innovation (三是促进产业创新发展) -------------------------------------

#: 80 national technological innovation demonstration enterprises were recognized in 2013.
TECHNOLOGY_INNOVATION_DEMONSTRATION_ENTERPRISES_2013 = Figure(
    **quoted(
        "figure.technology-innovation-demonstration-enterprises-2013",
        "认定了80家国家技术创新示范企业和32家国家级工业设计中心",
    ),
    label_en="National technological innovation demonstration enterprises recognized",
    label_zh="认定的国家技术创新示范企业数",
    label_short_en="Innovation demonstration firms",
    label_short_zh="技术创新示范企业",
    value=Decimal("80"),
    unit=Unit.COUNT,
    qualifier=Qualifier.EXACT,
    status=Status.ACHIEVED,
    commitment=None,
    period=_YEAR_2013,
    numeral="80家",
    counted="enterprises",
)

#: 32 national-level industrial design centres were recognized in 2013.
NATIONAL_INDUSTRIAL_DESIGN_CENTRES_2013 = Figure(
    **quoted(
        "figure.national-industrial-design-centres-2013",
        "认定了80家国家技术创新示范企业和32家国家级工业设计中心",
    ),
    label_en="National-level industrial design centres recognized",
    label_zh="认定的国家级工业设计中心数",
    label_short_en="National industrial design centres",
    label_short_zh="国家级工业设计中心",
    value=Decimal("32"),
    unit=Unit.COUNT,
    qualifier=Qualifier.EXACT,
    status=Status.ACHIEVED,
    commitment=None,
    period=_YEAR_2013,
    numeral="32家",
    counted="industrial design centres",
)

#: 21 proposals from China formally became international standards in 2013.
CHINESE_PROPOSALS_ADOPTED_AS_INTERNATIONAL_STANDARDS_2013 = Figure(
    **quoted(
        "figure.chinese-proposals-adopted-as-international-standards-2013",
        "21项我国提案正式成为国际标准",
    ),
    label_en="Proposals from China formally adopted as international standards",
    label_zh="正式成为国际标准的我国提案数",
    label_short_en="Chinese proposals adopted as standards",
    label_short_zh="成为国际标准的提案",
    value=Decimal("21"),
    unit=Unit.COUNT,
    qualifier=Qualifier.EXACT,
    status=Status.ACHIEVED,
    commitment=None,
    period=_YEAR_2013,
    numeral="21项",
    counted="proposals",
)

# -- 2013 review, item 4: integration and network security (四是推进两化融合…) ---------------

#: 77.4% of fixed broadband users nationwide were on 4 Mbit/s or faster at end-November 2013.
BROADBAND_4M_OR_FASTER_SHARE_2013 = Figure(
    **quoted(
        "figure.broadband-4m-or-faster-share-2013", "截至11月底，全国4M及以上宽带用户占比达到77.4%"
    ),
    label_en="Share of fixed broadband users on 4 Mbit/s or faster, nationwide",
    label_zh="全国4M及以上宽带用户占比",
    label_short_en="Broadband share at 4 Mbit/s or faster",
    label_short_zh="4M及以上宽带占比",
    value=Decimal("77.4"),
    unit=Unit.PERCENT,
    qualifier=Qualifier.EXACT,
    status=Status.ACHIEVED,
    commitment=None,
    period=_END_OF_NOVEMBER_2013,
    numeral="77.4%",
    note_en=(
        "4M is an access rate of 4 Mbit/s, and 及以上 includes it. The source says broadband"
        " users (宽带用户); in the ministry's statistics this share is of fixed broadband"
        " access users."
    ),
)

#: 11 enterprises were approved in 2013 to run mobile communications resale business.
MOBILE_RESALE_ENTERPRISES_APPROVED_2013 = Figure(
    **quoted(
        "figure.mobile-resale-enterprises-approved-2013", "批复了11家企业开展移动通信转售业务"
    ),
    label_en="Enterprises approved to run mobile communications resale business",
    label_zh="获批开展移动通信转售业务的企业数",
    label_short_en="Mobile resale enterprises approved",
    label_short_zh="移动转售获批企业数",
    value=Decimal("11"),
    unit=Unit.COUNT,
    qualifier=Qualifier.EXACT,
    status=Status.ACHIEVED,
    commitment=None,
    period=_YEAR_2013,
    numeral="11家",
    counted="enterprises",
    note_en=(
        "Mobile resale is the mobile virtual network operator business; the report presents"
        " the approvals as private capital entering telecommunications"
        " (引导民间资本进一步进入电信业)."
    ),
)

# -- 2013 review: administrative approval reform (同时，积极推进行政审批制度改革) ---------------

#: 10 administrative approval items were cancelled or delegated in 2013.
ADMINISTRATIVE_APPROVAL_ITEMS_CANCELLED_OR_DELEGATED_2013 = Figure(
    **quoted(
        "figure.administrative-approval-items-cancelled-or-delegated-2013",
        "取消和下放10项行政审批项目",
    ),
    label_en="Administrative approval items cancelled or delegated to lower levels",
    label_zh="取消和下放的行政审批项目数",
    label_short_en="Approval items cancelled or delegated",
    label_short_zh="取消下放审批项目数",
    value=Decimal("10"),
    unit=Unit.COUNT,
    qualifier=Qualifier.EXACT,
    status=Status.ACHIEVED,
    commitment=None,
    period=_YEAR_2013,
    numeral="10项",
    counted="administrative approval items",
    note_en="取消和下放 is cancelled or delegated, together; not a count of cancellations alone.",
)

# -- Assessment (会议认为) --------------------------------------------------------------------

#: Only 7 years were left, at the meeting, to the deadline for a moderately prosperous society.
YEARS_TO_MODERATELY_PROSPEROUS_SOCIETY_2013 = Figure(
    **quoted(
        "figure.years-to-moderately-prosperous-society-2013",
        "距离全面建成小康社会的时间节点只有7年的时间",
    ),
    label_en=(
        "Years left until the deadline for completing the building of a moderately prosperous"
        " society in all respects"
    ),
    label_zh="距离全面建成小康社会时间节点的年数",
    label_short_en="Years to a moderately prosperous society",
    label_short_zh="距全面小康年数",
    value=Decimal("7"),
    unit=Unit.YEARS,
    qualifier=Qualifier.EXACT,
    status=Status.FACT,
    commitment=None,
    period=_MEETING_OPENS,
    numeral="7年",
    note_en=(
        "只有 ('only') stresses how short the time is; it does not bound the number. The"
        " deadline, 2020, was set by the 18th Party Congress (common knowledge; the source does"
        " not state the year)."
    ),
)

# -- Reforms (会议强调…一是深化行政审批改革) --------------------------------------------------

#: The ministry's administrative approval items are to be cut by at least one third by end-2014.
ADMINISTRATIVE_APPROVAL_ITEMS_REDUCTION_TARGET_2014 = Figure(
    **quoted(
        "figure.administrative-approval-items-reduction-target-2014",
        "到2014年底前部里的行政审批项目要减少三分之一以上",
    ),
    label_en="Reduction in the number of the ministry's administrative approval items",
    label_zh="部里的行政审批项目减少比例",
    label_short_en="Approval items cut",
    label_short_zh="审批项目减少比例",
    value=Fraction(1, 3),
    unit=Unit.FRACTION,
    qualifier=Qualifier.AT_LEAST,
    status=Status.TARGET,
    commitment=Commitment.FIRM,
    period=_END_OF_2014,
    numeral="三分之一",
    note_en=(
        "要 makes it firm. The base is the ministry's items at the time, which the source does"
        " not count."
    ),
)

# -- 2014 plan (会议要求) ----------------------------------------------------------------------

#: The 2014 work is organized in 6 areas of tasks.
WORK_TASK_AREAS_2014 = Figure(
    **quoted("figure.work-task-areas-2014", "努力完成好6个方面工作任务"),
    label_en="Task areas set for 2014",
    label_zh="2014年工作任务的方面数",
    label_short_en="Task areas for 2014",
    label_short_zh="2014年任务方面数",
    value=Decimal("6"),
    unit=Unit.COUNT,
    qualifier=Qualifier.EXACT,
    status=Status.FACT,
    commitment=None,
    period=_YEAR_2014,
    numeral="6个",
    counted="task areas",
    note_en=(
        "A fact about how the plan is organized, not a level to reach: the six areas follow"
        " as 一是…六是. 明年 (next year) sets the period."
    ),
)

# -- 2014 task 1: new sources of demand (一是培育新的需求增长点) -----------------------------------

#: More than 300 cities are to have commercial 4G service by end-2014.
LTE_COMMERCIAL_CITIES_TARGET_2014 = Figure(
    **quoted("figure.lte-commercial-cities-target-2014", "2014年底前4G商用城市超过300个"),
    label_en="Cities with commercial 4G (LTE) service",
    label_zh="4G商用城市数",
    label_short_en="4G commercial cities",
    label_short_zh="4G商用城市数",
    value=Decimal("300"),
    unit=Unit.COUNT,
    qualifier=Qualifier.MORE_THAN,
    status=Status.TARGET,
    commitment=Commitment.FIRM,
    period=_END_OF_2014,
    numeral="300个",
    counted="cities",
    note_en="Stated plainly as what will be reached (no 力争 or 争取), so firm.",
)

#: 4G users are to exceed 30 million by end-2014.
LTE_USERS_TARGET_2014 = Figure(
    **quoted("figure.lte-users-target-2014", "2014年底前4G商用城市超过300个，用户超过3000万"),
    label_en="4G (LTE) users",
    label_zh="4G用户数",
    label_short_en="4G users",
    label_short_zh="4G用户数",
    value=Decimal("30000000"),
    unit=Unit.COUNT,
    qualifier=Qualifier.MORE_THAN,
    status=Status.TARGET,
    commitment=Commitment.FIRM,
    period=_END_OF_2014,
    numeral="3000万",
    counted="4G users",
    note_en=(
        "用户 are the 4G users of the preceding clause, which the span includes; its deadline"
        " 2014年底前 applies. Stated plainly, so firm."
    ),
)

#: IPTV users are to exceed 33 million in 2014 (strive for: 力争).
IPTV_USERS_TARGET_2014 = Figure(
    **quoted("figure.iptv-users-target-2014", "力争IPTV用户数突破3300万"),
    label_en="IPTV users",
    label_zh="IPTV用户数",
    label_short_en="IPTV users",
    label_short_zh="IPTV用户数",
    value=Decimal("33000000"),
    unit=Unit.COUNT,
    qualifier=Qualifier.MORE_THAN,
    status=Status.TARGET,
    commitment=Commitment.ASPIRATIONAL,
    period=_YEAR_2014,
    numeral="3300万",
    counted="IPTV users",
    note_en=(
        f"{_PLAN_YEAR} Counted in users (用户数); the ministry counts IPTV users in 户"
        " (subscriber accounts), which some English reports render as 'households'."
    ),
)

# -- 2014 task 5: integration and the information industry (五是推进两化深度融合…) ------------

#: 500 enterprises are to be selected in 2014 to pilot the integration management system standard.
INTEGRATION_STANDARD_PILOT_ENTERPRISES_TARGET_2014 = Figure(
    **quoted(
        "figure.integration-standard-pilot-enterprises-target-2014",
        "在各省市和重点行业选择500家企业开展贯标试点",
    ),
    label_en=(
        "Enterprises selected for pilots implementing the standard on the management system"
        " for the integration of informatization and industrialization"
    ),
    label_zh="开展两化融合管理体系贯标试点的企业数",
    label_short_en="Integration-standard pilot enterprises",
    label_short_zh="两化融合贯标试点企业",
    value=Decimal("500"),
    unit=Unit.COUNT,
    qualifier=Qualifier.EXACT,
    status=Status.TARGET,
    commitment=Commitment.FIRM,
    period=_YEAR_2014,
    numeral="500家",
    counted="enterprises",
    note_en=(
        "A planned number stated plainly (选择500家企业), so a firm target. 贯标 is putting a"
        " standard into practice, here that of the preceding sentence on the management system"
        " for the integration of informatization and industrialization (两化融合管理体系)."
        f" {_PLAN_YEAR}"
    ),
)

#: At least 200 pilot enterprises are to basically meet the standard within 2014 (争取).
INTEGRATION_STANDARD_COMPLIANT_PILOTS_TARGET_2014 = Figure(
    **quoted(
        "figure.integration-standard-compliant-pilots-target-2014",
        "争取2014年内200家以上的试点企业基本达到标准要求",
    ),
    label_en=(
        "Pilot enterprises basically meeting the requirements of the standard on the management"
        " system for the integration of informatization and industrialization"
    ),
    label_zh="基本达到两化融合管理体系标准要求的试点企业数",
    label_short_en="Pilots meeting the integration standard",
    label_short_zh="基本达标试点企业数",
    value=Decimal("200"),
    unit=Unit.COUNT,
    qualifier=Qualifier.AT_LEAST,
    status=Status.TARGET,
    commitment=Commitment.ASPIRATIONAL,
    period=_YEAR_2014,
    numeral="200家",
    counted="pilot enterprises",
    note_en="The period is stated: within 2014 (2014年内).",
)

# -- 2014 task 6: internet administration (六是提高互联网行业管理水平…) --------------------------

#: Construction of 7 new internet backbone direct connection points is to be completed in 2014.
BACKBONE_DIRECT_CONNECTION_POINTS_TARGET_2014 = Figure(
    **quoted(
        "figure.backbone-direct-connection-points-target-2014", "推动完成7个新设骨干直联点建设"
    ),
    label_en="New internet backbone direct connection points to be completed",
    label_zh="推动完成建设的新设骨干直联点数",
    label_short_en="New backbone direct connection points",
    label_short_zh="新设骨干直联点数",
    value=Decimal("7"),
    unit=Unit.COUNT,
    qualifier=Qualifier.EXACT,
    status=Status.TARGET,
    commitment=Commitment.FIRM,
    period=_YEAR_2014,
    numeral="7个",
    counted="backbone direct connection points",
    note_en=f"推动完成 ('push to complete') is a firm commitment. {_PLAN_YEAR}",
)

# -- The meeting itself (本次会议…) ------------------------------------------------------------

#: The conference lasted one and a half days.
MEETING_DURATION_2013 = Figure(
    **quoted("figure.meeting-duration-2013", "本次会议会期1天半"),
    label_en="Duration of the conference",
    label_zh="会期",
    label_short_en="Conference duration",
    label_short_zh="会期",
    value=Decimal("1.5"),
    unit=Unit.DAYS,
    qualifier=Qualifier.EXACT,
    status=Status.FACT,
    commitment=None,
    period=_MEETING,
    numeral="1天半",
)

#: 11 organizations gave experience-sharing speeches to the plenary on 28 December 2013.
MEETING_SPEAKING_ORGANIZATIONS_2013 = Figure(
    **quoted(
        "figure.meeting-speaking-organizations-2013",
        "28日上午，浙江省经信委、华为公司、福建省通管局、中芯国际、辽宁省经信委、河北省工信厅、天津市中小局、上海市经信委、四川省经信委、北京市经信委、泰州医药高新区等11家单位将进行大会交流发言",
    ),
    label_en="Organizations giving experience-sharing speeches to the plenary session",
    label_zh="大会交流发言单位数",
    label_short_en="Units speaking at the plenary",
    label_short_zh="大会交流发言单位数",
    value=Decimal("11"),
    unit=Unit.COUNT,
    qualifier=Qualifier.EXACT,
    status=Status.FACT,
    commitment=None,
    period=_MEETING_SECOND_DAY,
    numeral="11家",
    counted="organizations",
    note_en="On the morning of 28 December (28日上午); the sentence names all eleven.",
)

#: 266 branch venues were opened for the conference's video and telephone link.
MEETING_BRANCH_VENUES_2013 = Figure(
    **quoted(
        "figure.meeting-branch-venues-2013",
        "在各省（区、市）、计划单列市、新疆生产建设兵团及有条件的地（州、市）和部机关万寿路办公区、西单办公区共计开设了266个分会场",
    ),
    label_en="Branch venues opened for the conference's video and telephone link",
    label_zh="开设的分会场数",
    label_short_en="Branch venues",
    label_short_zh="分会场数",
    value=Decimal("266"),
    unit=Unit.COUNT,
    qualifier=Qualifier.EXACT,
    status=Status.FACT,
    commitment=None,
    period=_MEETING,
    numeral="266个",
    counted="branch venues",
    note_en=(
        "In total (共计), across the provinces, autonomous regions and municipalities, cities"
        " with independent planning status, the Xinjiang Production and Construction Corps,"
        " prefecture-level areas able to host one, and the ministry's Wanshou Road and Xidan"
        " offices."
    ),
)

#: All figures in document order (figures sharing a clause keep the clause's order).
FIGURES: tuple[Figure, ...] = (
    INDUSTRIAL_VALUE_ADDED_GROWTH_2013,
    INDUSTRIAL_PROFIT_GROWTH_2013,
    INFORMATION_CONSUMPTION_2013,
    INFORMATION_CONSUMPTION_GROWTH_2013,
    TELECOM_REVENUE_GROWTH_2013,
    SOFTWARE_IT_SERVICES_REVENUE_GROWTH_2013,
    OUTDATED_CAPACITY_SHUTDOWN_SECTORS_2013,
    OUTDATED_CAPACITY_SHUTDOWN_ENTERPRISES_2013,
    INDUSTRIAL_ENERGY_INTENSITY_REDUCTION_2013,
    INDUSTRIAL_WATER_INTENSITY_REDUCTION_2013,
    SME_SERVICE_AGENCIES_2013,
    SME_SERVICE_ENTERPRISES_SERVED_2013,
    SMALL_MICRO_ENTERPRISES_TAX_RELIEF_2013,
    TECHNOLOGY_INNOVATION_DEMONSTRATION_ENTERPRISES_2013,
    NATIONAL_INDUSTRIAL_DESIGN_CENTRES_2013,
    CHINESE_PROPOSALS_ADOPTED_AS_INTERNATIONAL_STANDARDS_2013,
    BROADBAND_4M_OR_FASTER_SHARE_2013,
    MOBILE_RESALE_ENTERPRISES_APPROVED_2013,
    ADMINISTRATIVE_APPROVAL_ITEMS_CANCELLED_OR_DELEGATED_2013,
    YEARS_TO_MODERATELY_PROSPEROUS_SOCIETY_2013,
    ADMINISTRATIVE_APPROVAL_ITEMS_REDUCTION_TARGET_2014,
    WORK_TASK_AREAS_2014,
    LTE_COMMERCIAL_CITIES_TARGET_2014,
    LTE_USERS_TARGET_2014,
    IPTV_USERS_TARGET_2014,
    INTEGRATION_STANDARD_PILOT_ENTERPRISES_TARGET_2014,
    INTEGRATION_STANDARD_COMPLIANT_PILOTS_TARGET_2014,
    BACKBONE_DIRECT_CONNECTION_POINTS_TARGET_2014,
    MEETING_DURATION_2013,
    MEETING_SPEAKING_ORGANIZATIONS_2013,
    MEETING_BRANCH_VENUES_2013,
)
