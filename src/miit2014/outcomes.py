"""What happened after the report, for the targets where a source says.

These records are not part of the report and never change it: each one stands beside a
target, with its own scope, date and sources, and is judged against the target with
:func:`miit2014.evaluate`. Each source is marked with how reliable it is (the issuing
body itself, official media, or secondary). Where no reliable outcome was found (the
4G city count, the 2013 growth estimates), none is shipped.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from .model.citation import Citation, Reliability
from .model.figure import Qualifier, Unit
from .model.outcome import Outcome

#: Share of the ministry's administrative approval items cancelled or delegated (29 items),
#: as reported to the State Council in January 2015.
APPROVAL_ITEMS_REDUCED_2014 = Outcome(
    id="outcome.approval-items-reduced-2014",
    target_id="figure.administrative-approval-items-reduction-target-2014",
    value=Decimal("51.8"),
    unit=Unit.PERCENT,
    qualifier=Qualifier.EXACT,
    counted=None,
    as_of=datetime.date(2014, 12, 31),
    scope_en=(
        "Share of the ministry's administrative approval items cancelled or delegated"
        " (29 items), as reported to the State Council in January 2015"
    ),
    scope_mismatch=(
        "counts items cancelled or delegated (取消和下放), while the target counts items"
        " reduced (减少); delegated items are not abolished"
    ),
    sources=(
        Citation(
            publisher="shuangjiagroup.com",
            title="News item on the ministry's administrative approval reform",
            reliability=Reliability.SECONDARY,
            note=(
                "Only the site is recorded in the project's reference notes, not the"
                " item's own address or title. By July 2014 the ministry counted 20 items"
                " (China News Service, 2014-07-24, via"
                " http://www.beinet.net.cn/topic/gzwj/zfcs/201407/t8005502.htm)."
            ),
        ),
    ),
)

#: 4G customers of China Mobile alone at the end of 2014.
LTE_USERS_CHINA_MOBILE_2014 = Outcome(
    id="outcome.lte-users-china-mobile-2014",
    target_id="figure.lte-users-target-2014",
    value=Decimal("90060000"),
    unit=Unit.COUNT,
    qualifier=Qualifier.AT_LEAST,
    counted="users",
    as_of=datetime.date(2014, 12, 31),
    scope_en="4G customers of China Mobile alone at the end of 2014",
    scope_mismatch=(
        "one operator only, while the target counts 4G users nationwide: the national"
        " total is at least this (no reliable national end-2014 count was found)"
    ),
    sources=(
        Citation(
            publisher="Xinhua News Agency / China Finance Corporation (en.xinhua08.com)",
            title="China Mobile (CHL.NYSE) adds 39.43 mln customers in 2014",
            url="http://en.xinhua08.com/a/20150120/1442264.shtml",
            date=datetime.date(2015, 1, 20),
            reliability=Reliability.OFFICIAL_MEDIA,
        ),
    ),
)

#: Households with IPTV service nationwide at the end of 2014, per the ministry.
IPTV_USERS_2014 = Outcome(
    id="outcome.iptv-users-2014",
    target_id="figure.iptv-users-target-2014",
    value=Decimal("33640000"),
    unit=Unit.COUNT,
    qualifier=Qualifier.EXACT,
    counted="households",
    as_of=datetime.date(2014, 12, 31),
    scope_en="Households with IPTV service nationwide at the end of 2014, per the ministry",
    scope_mismatch="counted in households, while the target counts users (用户数)",
    sources=(
        Citation(
            publisher="Total Telecom",
            title="Chinese telecom revenues hit $162bn in 2014",
            url="https://totaltele.com/chinese-telecom-revenues-hit-162bn-in-2014",
            reliability=Reliability.SECONDARY,
            note="Reports the ministry's 2014 statistics; gives 32.174 million at the end of Q3.",
        ),
    ),
)

#: New national internet backbone direct connection points built and opened, as announced by
#: the ministry on 12 January 2015 (ten in all with Beijing, Shanghai and Guangzhou).
BACKBONE_DIRECT_CONNECTION_POINTS_2014 = Outcome(
    id="outcome.backbone-direct-connection-points-2014",
    target_id="figure.backbone-direct-connection-points-target-2014",
    value=Decimal("7"),
    unit=Unit.COUNT,
    qualifier=Qualifier.EXACT,
    counted="new backbone direct connection points",
    as_of=datetime.date(2015, 1, 12),
    scope_en=(
        "New national internet backbone direct connection points built and opened, as"
        " announced by the ministry on 12 January 2015 (ten in all with Beijing, Shanghai"
        " and Guangzhou)"
    ),
    scope_mismatch=None,
    sources=(
        Citation(
            publisher="Conventus Law",
            title="China – State To Expand Internet 'Backbone' To Boost Speed And Reliability",
            url="https://archive.conventuslaw.com/china-state-to-expand-internet-backbone-to-boost-speed-and-reliability/",
            date=datetime.date(2015, 1, 14),
            reliability=Reliability.SECONDARY,
            note="Dates the ministry's announcement to 12 January 2015.",
        ),
        Citation(
            publisher="Reseller News (IDG)",
            title="China expands Internet backbone to improve speeds, reliability",
            url="https://www.reseller.co.nz/article/563781/china-expands-internet-backbone-improve-speeds-reliability/",
            reliability=Reliability.SECONDARY,
        ),
    ),
)

#: Every shipped outcome; none of them is part of :data:`miit2014.REPORT`.
OUTCOMES: tuple[Outcome, ...] = (
    APPROVAL_ITEMS_REDUCED_2014,
    LTE_USERS_CHINA_MOBILE_2014,
    IPTV_USERS_2014,
    BACKBONE_DIRECT_CONNECTION_POINTS_2014,
)
