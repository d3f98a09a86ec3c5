"""What happened next: later sources on the report's 13 forward-looking figures.

The report gives six full-year estimates for 2013 (预计全年) and seven targets for 2014.
Each :class:`~miit2014.model.outcome.Outcome` here is what a later source says about one
of them; each :class:`~miit2014.model.outcome.Unsourced` record is a figure no source
answered, with what was searched and what was seen instead. None of them is part of
:data:`miit2014.REPORT`, and :func:`miit2014.scorecard` judges them against their figures.

How they were made:

- Every value was read in a page opened at the address given, and every source carries
  the passage that states the value, verbatim and in the language it was published in.
  Some reposts garble traditional characters (增長(zhǎng)): the quote keeps the garbling,
  and ``reading`` gives the cleaned text, which is the package's and not verbatim.
- Sources are graded: the issuing body itself (``primary``), state media reporting it
  (``official_media``: Xinhua, People's Daily, China News Service, China Daily), or
  anyone else (``secondary``), which includes a primary document reposted on an unknown
  site. No page of the ministry or of the statistics bureau was found for any figure.
- A value no source states outright carries its derivation (2013 telecom revenue growth
  from 2014's 3.6% and "比上年回落5.1个百分点": 3.6 + 5.1).
- Sources that disagree are both shipped, each naming the other in ``conflicts_with``.
- Nothing seen only in memory, or in a source not opened, is shipped: the end-2014
  national 4G count of the ministry's bulletin, for one, was not seen.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from fractions import Fraction

from .model.citation import Citation, Reliability
from .model.figure import Qualifier, Unit
from .model.outcome import Coverage, Derivation, Operation, Outcome, Unsourced

_END_OF_2013 = datetime.date(2013, 12, 31)
_END_OF_2014 = datetime.date(2014, 12, 31)

_PRIMARY_ON_OTHER_HOST = (
    "The text is a reposted primary document; the host is unknown, so the grade is secondary."
)

# -- the sources that serve more than one outcome ------------------------------------------

_XINHUA_Q3_2014_NOTICE = (
    "Xinhua (新华网), carried by China.com.cn finance (中国网财经)",
    "工信部:全国电话用户总数达到15.26亿户",
    "http://finance.china.com.cn/news/20141105/2773993.shtml",
    datetime.date(2014, 11, 5),
)


def _xinhua_q3_notice(quote: str) -> Citation:
    """The ministry's telecom service notice for the third quarter of 2014, as Xinhua
    reported it; it gives both the 4G and the IPTV counts."""
    publisher, title, url, date = _XINHUA_Q3_2014_NOTICE
    return Citation(
        publisher=publisher,
        title=title,
        url=url,
        date=date,
        reliability=Reliability.OFFICIAL_MEDIA,
        quote=quote,
        language="zh-Hans",
        note="Reports the ministry's notice on telecom services in the third quarter of 2014.",
    )


_TOTAL_TELECOM_NOTE = (
    "Reports the ministry's figures for 2014. The stored text shows no headline or date; the"
    " address reads chinese-telecom-revenues-hit-162bn-in-2014, and the figures were"
    " published 'on Tuesday' (late January 2015)."
)


def _total_telecom(quote: str) -> Citation:
    return Citation(
        publisher="Total Telecom",
        url="https://totaltele.com/chinese-telecom-revenues-hit-162bn-in-2014",
        reliability=Reliability.SECONDARY,
        quote=quote,
        language="en",
        note=_TOTAL_TELECOM_NOTE,
    )


_YKGL_INFORMATION_CONSUMPTION = Citation(
    publisher="ykgl.com",
    url="http://ykgl.com/ReadTech_245.html",
    reliability=Reliability.SECONDARY,
    quote=(
        "工信部有关人士日前表示,2013年,我国信息基础设施建设步伐加快,带动信息消费快速增长,"
        "全国信息消费整体规模达到2.2万亿元,比上年增长28%,电子商务交易规模约10万亿元,"
        "比上年增长25%。"
    ),
    language="zh-Hans",
    note=(
        "Quotes an unnamed ministry official; undated, written by its own references early"
        " in 2014. No ministry, Xinhua or People's Daily page with these numbers was found."
    ),
)

# -- 2013 estimates --------------------------------------------------------------------------

#: Value added of industrial enterprises above designated size grew 9.7% in 2013 (final).
INDUSTRIAL_VALUE_ADDED_GROWTH_2013 = Outcome(
    id="outcome.industrial-value-added-growth-2013",
    figure_id="figure.industrial-value-added-growth-2013",
    value=Decimal("9.7"),
    unit=Unit.PERCENT,
    qualifier=Qualifier.EXACT,
    counted=None,
    as_of=_END_OF_2013,
    coverage=Coverage.FULL,
    scope_en=(
        "Year-on-year growth of value added of industrial enterprises above designated size"
        " in 2013, as the National Bureau of Statistics gave it"
    ),
    scope_mismatch=None,
    sources=(
        Citation(
            publisher="China Daily (Xinhua)",
            title="China's industrial output grows 8.3% in 2014",
            url="https://global.chinadaily.com.cn/business/chinadata/2015-01/20/content_19359158.htm",
            date=datetime.date(2015, 1, 20),
            reliability=Reliability.OFFICIAL_MEDIA,
            quote=(
                "BEIJING - Industrial output in China grew 8.3 percent in 2014 from a year ago,"
                " down from the 9.7 percent growth seen in 2013, the National Bureau of"
                " Statistics (NBS) announced on Tuesday."
            ),
            language="en",
            note=(
                "'Industrial output' is the bureau's value added of industry above designated size."
            ),
        ),
        Citation(
            publisher="Xinhua, carried by China.org.cn (en.chinagate.cn)",
            title="China sets industrial output target at 8 pct for 2015",
            url="http://en.chinagate.cn/2015-01/27/content_34666142.htm",
            date=datetime.date(2015, 1, 27),
            reliability=Reliability.OFFICIAL_MEDIA,
            quote=(
                "China's industrial output grew 8.3 percent in 2014, down from 9.7 percent growth"
                " seen in 2013, according to the National Bureau of Statistics (NBS)."
            ),
            language="en",
        ),
        Citation(
            publisher="China Daily, carried by China.org.cn (en.chinagate.cn)",
            title="Industrial output slowdown a 'new normal'",
            url="http://en.chinagate.cn/2014-12/22/content_34379957.htm",
            date=datetime.date(2014, 12, 22),
            reliability=Reliability.OFFICIAL_MEDIA,
            quote=(
                "The value-added output grew 8.3 percent in this year, the second consecutive"
                " year with a single-digit rate, the Ministry of Industry and Information"
                " Technology (MIIT) said on Monday. The growth rate in 2013 was 9.7 percent."
            ),
            language="en",
            note="States the ministry's own figure for 2013.",
        ),
        Citation(
            publisher="Made-in-China.com (repost of a Xinhua wire)",
            title="China's Industrial Output Grows 9.7 Pct in 2013",
            url="https://resources.made-in-china.com/article/industry-view/kJYngAVcoElG/China-s-Industrial-Output-Grows-9-7-Pct-in-2013",
            reliability=Reliability.SECONDARY,
            quote=(
                "BEIJING, Jan. 20 -- Industrial output in China grew 9.7 percent in 2013 from a"
                " year ago, the National Bureau of Statistics (NBS) announced on Monday."
            ),
            language="en",
            note="The wire of 20 January 2014, the day the bureau released the figure.",
        ),
    ),
)

#: Total profits of industrial enterprises above designated size grew 12.2% in 2013 (final).
INDUSTRIAL_PROFIT_GROWTH_2013 = Outcome(
    id="outcome.industrial-profit-growth-2013",
    figure_id="figure.industrial-profit-growth-2013",
    value=Decimal("12.2"),
    unit=Unit.PERCENT,
    qualifier=Qualifier.EXACT,
    counted=None,
    as_of=_END_OF_2013,
    coverage=Coverage.FULL,
    scope_en=(
        "Year-on-year growth of total profits (利润总额, 6,283.1 billion yuan) of industrial"
        " enterprises above designated size in 2013, as the National Bureau of Statistics"
        " published it on 28 January 2014"
    ),
    scope_mismatch=None,
    sources=(
        Citation(
            publisher="China News Service (中新网), carried by China Economic Net (中国经济网)",
            url="http://finance.ce.cn/rolling/201401/28/t20140128_2225727.shtml",
            date=datetime.date(2014, 1, 28),
            reliability=Reliability.OFFICIAL_MEDIA,
            quote=(
                "中新网1月28日电 国家统计局今日公布数据,2013年全国规模以上工业企业实现利润总额"
                "62831亿元,比上年增长12.2%,其中,主营活动利润62201.3亿元,比上年增长4%。"
            ),
            language="zh-Hans",
        ),
        Citation(
            publisher="jctrans.net (repost of a newspaper report)",
            url="http://info.jctrans.net/news/industry_economy/20141292005045.shtml",
            reliability=Reliability.SECONDARY,
            quote=(
                "国家统计局昨日发布数据显示,2013年全国规模以上工业企业实现利润总额62831亿元,"
                "同比增长12.2%,较2012年回升6.9个百分点。"
            ),
            language="zh-Hans",
        ),
    ),
    note_en=(
        "Profit from main activities (主营活动利润) grew 4%, a different measure; the report's"
        " 利润增长 is read as total profits."
    ),
)

#: Information consumption reached 2.2 trillion yuan in 2013, per a ministry official (secondary).
INFORMATION_CONSUMPTION_2013 = Outcome(
    id="outcome.information-consumption-2013",
    figure_id="figure.information-consumption-2013",
    value=Decimal("2200000000000"),
    unit=Unit.YUAN,
    qualifier=Qualifier.EXACT,
    counted=None,
    as_of=_END_OF_2013,
    coverage=Coverage.FULL,
    scope_en="Size of national information consumption in 2013, as a ministry official gave it",
    scope_mismatch=None,
    sources=(_YKGL_INFORMATION_CONSUMPTION,),
    conflicts_with=("outcome.information-consumption-2013-implied-by-2014",),
    note_en=(
        "Seen only on a secondary site. The ministry's figures for 2014 imply a larger 2013"
        " base (outcome.information-consumption-2013-implied-by-2014): the measure was"
        " evidently revised."
    ),
)

#: The 2013 base implied by 2014's 2.8 trillion yuan and 18% growth (official media, derived).
INFORMATION_CONSUMPTION_2013_IMPLIED_BY_2014 = Outcome(
    id="outcome.information-consumption-2013-implied-by-2014",
    figure_id="figure.information-consumption-2013",
    value=Fraction(140000000000000, 59),
    unit=Unit.YUAN,
    qualifier=Qualifier.ABOUT,
    counted=None,
    as_of=_END_OF_2013,
    coverage=Coverage.FULL,
    scope_en=(
        "Size of information consumption in 2013 implied by the ministry's figures for 2014"
        " (2.8 trillion yuan, up 18%)"
    ),
    scope_mismatch=None,
    sources=(
        Citation(
            publisher="Xinhua / China Finance Corporation (en.xinhua08.com)",
            title="China's IT consumption to hit 3.2 trln yuan in 2015: MIIT",
            url="http://en.xinhua08.com/a/20150206/1452033.shtml?f=arelated",
            date=datetime.date(2015, 2, 6),
            reliability=Reliability.OFFICIAL_MEDIA,
            quote=(
                "China's IT consumption amounted to 2.8 trillion yuan in 2014, up 18 percent"
                " year on year. Its contribution to GDP reached about 0.8 percentage point."
            ),
            language="en",
            note="'IT consumption' is Xinhua's English for 信息消费; it cites the ministry.",
        ),
    ),
    derivation=Derivation(
        operation=Operation.BASE_BEFORE_GROWTH,
        left=Decimal("2800000000000"),
        right=Decimal("18"),
        explanation_en=(
            "A level of 2.8 trillion yuan in 2014 that is 18% above 2013 puts 2013 at"
            " 2.8 trillion / 1.18, about 2.37 trillion yuan. Both printed numbers are rounded,"
            " so the base is approximate (hence 'about')."
        ),
    ),
    conflicts_with=("outcome.information-consumption-2013",),
    note_en="Not a statement of a 2013 value: the base that the 2014 growth rate implies.",
)

#: Information consumption grew 28% in 2013, per a ministry official (secondary).
INFORMATION_CONSUMPTION_GROWTH_2013 = Outcome(
    id="outcome.information-consumption-growth-2013",
    figure_id="figure.information-consumption-growth-2013",
    value=Decimal("28"),
    unit=Unit.PERCENT,
    qualifier=Qualifier.EXACT,
    counted=None,
    as_of=_END_OF_2013,
    coverage=Coverage.FULL,
    scope_en="Year-on-year growth of national information consumption in 2013",
    scope_mismatch=None,
    sources=(_YKGL_INFORMATION_CONSUMPTION,),
    note_en="Seen only on a secondary site, with the 2.2 trillion yuan of the same sentence.",
)

#: Telecom business revenue grew 8.7% in 2013: 2014's 3.6% plus the 5.1 points it fell (derived).
TELECOM_REVENUE_GROWTH_2013 = Outcome(
    id="outcome.telecom-revenue-growth-2013",
    figure_id="figure.telecom-revenue-growth-2013",
    value=Decimal("8.7"),
    unit=Unit.PERCENT,
    qualifier=Qualifier.EXACT,
    counted=None,
    as_of=_END_OF_2013,
    coverage=Coverage.FULL,
    scope_en=(
        "Year-on-year growth of telecom business revenue (电信业务收入) in 2013, on a"
        " comparable basis, as the ministry's bulletin for 2014 implies it"
    ),
    scope_mismatch=None,
    sources=(
        Citation(
            publisher="huaquanjd.cn (repost of an ICCSZ item carrying the ministry's bulletin)",
            title="2014年通信運營業統計公報",
            url="http://huaquanjd.cn//Site/CN/News/2015/01/21/20150121025544593000.htm",
            reliability=Reliability.SECONDARY,
            quote=(
                "經(jīng)初步核算,2014年電信業(yè)務(wù)收入完成11541.1億元,按可比口徑測(cè)算同比增長"
                "(zhǎng)3.6%,比上年回落5.1個(gè)百分點(diǎn)。"
            ),
            language="zh-Hant",
            reading=(
                "经初步核算,2014年电信业务收入完成11541.1亿元,按可比口径测算同比增长3.6%,"
                "比上年回落5.1个百分点。"
            ),
            note=(
                "The ministry's 2014 bulletin on the telecom industry (2014年通信运营业统计公报),"
                " dated 2015-01-21 by its address. " + _PRIMARY_ON_OTHER_HOST
            ),
        ),
        _total_telecom(
            "China’s telecom sector generated revenues of 1.15 trillion yuan (€162 billion) in"
            " 2014, up 3.6% on the previous year, according to figures published by the Ministry"
            " of Industry and Information Technology (MIIT) on Tuesday.\nDespite the big numbers,"
            " growth is slowing. Revenue growth last year was 5.1 percentage points lower than"
            " in 2013, the MIIT said."
        ),
    ),
    derivation=Derivation(
        operation=Operation.SUM,
        left=Decimal("3.6"),
        right=Decimal("5.1"),
        explanation_en=(
            "Revenue grew 3.6% in 2014, 5.1 percentage points less than the year before"
            " (比上年回落5.1个百分点), so it grew 3.6 + 5.1 = 8.7% in 2013. No source stating"
            " 8.7% outright was found."
        ),
    ),
    note_en=(
        "One trade site (telecomlead.com) misreads the bulletin as 'revenues rose 5.1 percent'"
        " in 2013: 5.1 is the fall in the growth rate, in percentage points."
    ),
)

#: Software revenue grew 24.6% in 2013, per the ministry's software department (secondary).
SOFTWARE_IT_SERVICES_REVENUE_GROWTH_2013_MINISTRY = Outcome(
    id="outcome.software-it-services-revenue-growth-2013-ministry",
    figure_id="figure.software-it-services-revenue-growth-2013",
    value=Decimal("24.6"),
    unit=Unit.PERCENT,
    qualifier=Qualifier.EXACT,
    counted=None,
    as_of=_END_OF_2013,
    coverage=Coverage.FULL,
    scope_en=(
        "Year-on-year growth of the software industry's business revenue in 2013 (more than"
        " 3.1 trillion yuan), as the head of the ministry's software department gave it"
    ),
    scope_mismatch=None,
    sources=(
        Citation(
            publisher="1dzx.com (repost of People's Daily, 人民日报)",
            title="软件业规模明年将超3万亿",
            url="https://1dzx.com/showinfo-109-10271-0.html",
            date=datetime.date(2014, 4, 18),
            reliability=Reliability.SECONDARY,
            quote=(
                "工信部软件司司长陈伟介绍,我国软件产业2013年实现业务收入超过3.1万亿元,"
                "同比增长24.6%,超过同期电子信息制造业增速13.6个百分点。"
            ),
            language="zh-Hans",
            note="The People's Daily original was not found.",
        ),
    ),
    conflicts_with=("outcome.software-it-services-revenue-growth-2013-industry-report",),
)

#: Software revenue grew 23.4% in 2013, per an industry report of October 2014 (secondary).
SOFTWARE_IT_SERVICES_REVENUE_GROWTH_2013_INDUSTRY_REPORT = Outcome(
    id="outcome.software-it-services-revenue-growth-2013-industry-report",
    figure_id="figure.software-it-services-revenue-growth-2013",
    value=Decimal("23.4"),
    unit=Unit.PERCENT,
    qualifier=Qualifier.EXACT,
    counted=None,
    as_of=_END_OF_2013,
    coverage=Coverage.FULL,
    scope_en=(
        "Year-on-year growth of software business revenue (3.06 trillion yuan) of the 33,000"
        " software and IT services enterprises above designated size in 2013, as an industry"
        " report on software outsourcing and IT services gave it in October 2014"
    ),
    scope_mismatch=None,
    sources=(
        Citation(
            publisher="whsspr.com (repost of 华龙网, Chongqing)",
            url="http://whsspr.com/zhishi/1869989.html",
            reliability=Reliability.SECONDARY,
            quote=(
                "全國規(guī)模以上軟件和信息技術(shù)服務(wù)企業(yè)達3.3萬家,共完成軟件業(yè)務(wù)收入3.06萬億元,"
                "同比增長23.4%。"
            ),
            language="zh-Hant",
            reading="全国规模以上软件和信息技术服务企业达3.3万家,共完成软件业务收入3.06万亿元,同比增长23.4%。",
            note=(
                "From the 2014 report on China's software outsourcing and IT services industry"
                " (《2014中国软件外包和信息技术服务产业发展报告》), released at an industry"
                " conference in Yongchuan; 华龙网 item of 23 October 2014 by its own words."
            ),
        ),
    ),
    conflicts_with=("outcome.software-it-services-revenue-growth-2013-ministry",),
    note_en=(
        "Disagrees with the ministry official's 24.6% (and more than 3.1 trillion yuan) in both"
        " growth and level; the ministry's own year-end bulletin was not found."
    ),
)

# -- 2014 targets ----------------------------------------------------------------------------

#: 20 of the ministry's approval items cancelled or delegated by July 2014; aim raised to 1/2.
APPROVAL_ITEMS_CANCELLED_OR_DELEGATED_2014_07 = Outcome(
    id="outcome.approval-items-cancelled-or-delegated-2014-07",
    figure_id="figure.administrative-approval-items-reduction-target-2014",
    value=Decimal("20"),
    unit=Unit.COUNT,
    qualifier=Qualifier.EXACT,
    counted="administrative approval items",
    as_of=datetime.date(2014, 7, 24),
    coverage=Coverage.FULL,
    scope_en=(
        "The ministry's administrative approval items cancelled or delegated, as published by"
        " the State Council, by the ministry's briefing of 24 July 2014"
    ),
    scope_mismatch=None,
    sources=(
        Citation(
            publisher="China News Service (中国新闻网), carried by beinet.net.cn",
            title="工信部:力争年底前再取消和下放9项审批事项",
            url="http://www.beinet.net.cn/topic/gzwj/zfcs/201407/t8005502.htm",
            date=datetime.date(2014, 7, 24),
            reliability=Reliability.OFFICIAL_MEDIA,
            quote=(
                "黄利斌介绍说,在取消和下放审批事项方面,已由国务院公布和下放20项,力争年底前再"
                "取消和下放至少9项,确保完成取消下放比例不低于二分之一的工作要求,以更多地发挥"
                "市场作用。"
            ),
            language="zh-Hans",
        ),
    ),
    note_en=(
        "A count, not a share: the source does not give the number of items the share is taken"
        " of, so it cannot be judged against 'one third'. At the same briefing the ministry"
        " raised its aim from one third to at least one half (取消下放比例不低于二分之一),"
        " with at least 9 more items by the end of 2014, and it measured the aim as the share"
        " cancelled or delegated (取消下放比例)."
    ),
)

#: 29 items (51.8%) proposed to the State Council for cancelling or delegating, January 2015.
APPROVAL_ITEMS_PROPOSED_2015_01 = Outcome(
    id="outcome.approval-items-proposed-2015-01",
    figure_id="figure.administrative-approval-items-reduction-target-2014",
    value=Decimal("51.8"),
    unit=Unit.PERCENT,
    qualifier=Qualifier.EXACT,
    counted=None,
    as_of=datetime.date(2015, 1, 27),
    coverage=Coverage.OTHER,
    scope_en=(
        "Share of the ministry's original approval items (29 items) that it had reported to"
        " the State Council as to be cancelled or delegated, at the press conference of"
        " 27 January 2015 on 2014"
    ),
    scope_mismatch=(
        "a proposal to the State Council (intends to), not items already cancelled or delegated"
    ),
    sources=(
        Citation(
            publisher="shuangjiagroup.com",
            title="China's manufacturing profits increased by 6.5% in 2014",
            url="http://www.shuangjiagroup.com/news-china-39-s-manufacturing-profits-275.html",
            reliability=Reliability.SECONDARY,
            quote=(
                "The Ministry of Industry and Information Technology has reported to the State"
                " Council that it intends to cancel and decentralize 29 items of administrative"
                " examination and approval, accounting for 51.8% of the original examination"
                " and approval items."
            ),
            language="en",
            note=(
                "An English rendering, on a company's site, of the press conference of 27"
                " January 2015; undated. The Chinese original was not found."
            ),
        ),
    ),
    conflicts_with=("outcome.approval-items-cancelled-or-delegated-undated",),
    note_en="20 items by July 2014 and at least 9 more planned make 29, the number proposed.",
)

#: 26 items, "nearly half", cancelled or delegated, in an undated later statement (secondary).
APPROVAL_ITEMS_CANCELLED_OR_DELEGATED_UNDATED = Outcome(
    id="outcome.approval-items-cancelled-or-delegated-undated",
    figure_id="figure.administrative-approval-items-reduction-target-2014",
    value=Fraction(1, 2),
    unit=Unit.FRACTION,
    qualifier=Qualifier.NEARLY,
    counted=None,
    as_of=None,
    coverage=Coverage.FULL,
    scope_en=(
        "Share of the ministry's original approval items already cancelled or delegated"
        " (26 items, 'nearly half'), as vice-minister Liu Lihua gave it"
    ),
    scope_mismatch=None,
    sources=(
        Citation(
            publisher="kexingxing.cn",
            title="刘利华:不断增加企业和群众的获得感",
            url="http://kexingxing.cn/news1005/201711/138680.html",
            reliability=Reliability.SECONDARY,
            quote=(
                "关于主动放权,目前已取消下放26项行政审批事项,这占原有审批事项近一半,"
                "非行政许可审批则全部取消;"
            ),
            language="zh-Hans",
            note=(
                "Undated; the text says the three-year task was done in two years (三年任务两年"
                "完成), so probably 2015, after the target's deadline."
            ),
        ),
    ),
    conflicts_with=("outcome.approval-items-proposed-2015-01",),
    note_en=(
        "26 items done against 29 proposed: no source says how the two counts relate (26 may"
        " be the part of the 29 promulgated), so both are shipped. Undated, it cannot show"
        " what stood at the end of 2014."
    ),
)

#: No national count of cities with commercial 4G at the end of 2014 was found.
LTE_COMMERCIAL_CITIES_2014 = Unsourced(
    id="unsourced.lte-commercial-cities-2014",
    figure_id="figure.lte-commercial-cities-target-2014",
    searched=(
        "2014年底 4G 商用城市 超过300个 全国 工信部 4G网络覆盖城市",
        "China Mobile 4G network covering 340 cities end of 2014",
        "4G基站 2014年 全国 新建 4G网络已覆盖 个城市 通信运营业统计公报",
        "中国联通 4G 年底 覆盖300个城市 2014 经济参考报",
        "截至2014年底 4G网络 覆盖全国 地级以上城市 4G基站 超过70万个",
        "4G commercial service launched in more than 300 cities China 2014 year-end MIIT Miao Wei",
    ),
    seen_en=(
        "Only operators' claims and plans: China Mobile said in June 2014 that its base"
        " stations covered 300 cities (not more than 300) and planned 340 by the year's end;"
        " in December 2013 it had planned commercial 4G in 340 cities in 2014; it later spoke"
        " of covering every city at county level and above. China Telecom and China Unicom"
        " ran hybrid trials in 56 cities. A plan is not an outcome, and no operator's count"
        " alone was seen to exceed 300 cities at the end of 2014. A lead to a China Unicom"
        " claim of 300 cities (Economic Information Daily, March 2014) was not found."
    ),
    seen=(
        Citation(
            publisher="ECNS (China News Service, English)",
            url="http://ecns.cn/business/2014/06-23/120323.shtml",
            reliability=Reliability.OFFICIAL_MEDIA,
            quote=(
                "Li Yue, president of China Mobile, said that the company now owns more than"
                " 320,000 base stations covering 300 cities. At the end of this year, the"
                " company will have 500,000 base stations covering 340 cities, which will make"
                " it the biggest 4G network globally."
            ),
            language="en",
            note="An operator's claim and plan, June 2014 (the address is dated 2014/06-23).",
        ),
        Citation(
            publisher="gtigroup.org",
            title="China Mobile set for 4G services in 340 cities",
            url="https://gtigroup.org/inews_detail/4300.html",
            date=datetime.date(2013, 12, 18),
            reliability=Reliability.SECONDARY,
            quote=(
                "China Mobile, the nation's biggest telecom operator by subscriber numbers, will"
                " offer commercial 4G telecom services in 340 Chinese cities next year."
            ),
            language="en",
            note="A plan for 2014, announced in December 2013.",
        ),
        Citation(
            publisher="whb.com.cn (carrying 凤凰科技)",
            url="http://www.whb.com.cn/tech/News/201412/20141222161735_927857_1.html",
            date=datetime.date(2014, 12, 22),
            reliability=Reliability.SECONDARY,
            quote=(
                "此前中移动称,2014年底,4G基站数和用户数将分别达到70万和7000万,国内所有县级"
                "以上城市和发达乡镇,将实现中移动TD-LTE网络信号基本覆盖。"
            ),
            language="zh-Hans",
            note="A coverage claim of one operator, not a count of cities with commercial 4G.",
        ),
        Citation(
            publisher="Mobile World Live (GSMA)",
            url="https://www.mobileworldlive.com/featured-content/home-banner/chinas-4g-connections-double-100m-q4/",
            reliability=Reliability.SECONDARY,
            quote=(
                "The two operators, which only have a licence to run so-called hybrid FDD-TDD"
                " trials in 56 cities, have been at a huge disadvantage to China Mobile, which"
                " has been able to rapidly expand its TD-LTE network nationwide since December"
                " 2013."
            ),
            language="en",
            note="China Telecom and China Unicom, early 2015.",
        ),
    ),
)

#: 43.057 million 4G users nationwide at the end of September 2014 (the ministry, via Xinhua).
LTE_USERS_2014_09 = Outcome(
    id="outcome.lte-users-2014-09",
    figure_id="figure.lte-users-target-2014",
    value=Decimal("43057000"),
    unit=Unit.COUNT,
    qualifier=Qualifier.EXACT,
    counted="4G users",
    as_of=datetime.date(2014, 9, 30),
    coverage=Coverage.FULL,
    scope_en="4G users nationwide, all operators, at the end of the third quarter of 2014",
    scope_mismatch=None,
    sources=(
        _xinhua_q3_notice(
            "数据显示,三季度,我国固定宽带接入用户达到2亿户,其中8M以上用户占比突破35%,移动宽带"
            "用户达到5.25亿户,其中4G用户达到4305.7万户;"
        ),
    ),
    note_en="Already above the target three months before its deadline.",
)

#: 75.85 million 4G users nationwide at the end of November 2014 (secondary, Japanese).
LTE_USERS_2014_11 = Outcome(
    id="outcome.lte-users-2014-11",
    figure_id="figure.lte-users-target-2014",
    value=Decimal("75850000"),
    unit=Unit.COUNT,
    qualifier=Qualifier.EXACT,
    counted="4G users",
    as_of=datetime.date(2014, 11, 30),
    coverage=Coverage.FULL,
    scope_en="4G users nationwide at the end of November 2014, from the ministry's statistics",
    scope_mismatch=None,
    sources=(
        Citation(
            publisher="livedoor News (China Press)",
            url="https://news.livedoor.com/article/detail/9608839",
            reliability=Reliability.SECONDARY,
            quote="特に11月、4G携帯電話利用者数は1800万人増加し、7585万人にまで拡大した。",
            language="ja",
            note="Summarizes the ministry's statistics for November 2014, released 2014-12-24.",
        ),
    ),
)

#: More than 90 million 4G users nationwide at the end of 2014, per a ministry official.
LTE_USERS_2014 = Outcome(
    id="outcome.lte-users-2014",
    figure_id="figure.lte-users-target-2014",
    value=Decimal("90000000"),
    unit=Unit.COUNT,
    qualifier=Qualifier.MORE_THAN,
    counted="4G users",
    as_of=_END_OF_2014,
    coverage=Coverage.FULL,
    scope_en=(
        "4G users nationwide at the end of December 2014, as Wen Ku (闻库), director of the"
        " ministry's telecommunications development department, gave it on 27 January 2015"
    ),
    scope_mismatch=None,
    sources=(
        Citation(
            publisher="fedchain.cn (repost of Beijing Youth Daily, 北京青年报)",
            title="工信部回應“屏蔽翻墻軟件”:按法律進行監管",
            url="http://fedchain.cn/internet/20150128/167239.shtml",
            date=datetime.date(2015, 1, 28),
            reliability=Reliability.SECONDARY,
            quote=(
                "聞庫介紹,中國互聯(lián)網(wǎng)特別是移動互聯(lián)網(wǎng)發(fā)展成就顯著,到去年12月底4G用戶超過9000萬,"
            ),
            language="zh-Hant",
            reading="闻库介绍,中国互联网特别是移动互联网发展成就显著,到去年12月底4G用户超过9000万,",
        ),
    ),
    note_en=(
        "The national count of the ministry's 2014 bulletin (reported elsewhere as 97.28"
        " million) was not seen in any source opened, so it is not shipped."
    ),
)

#: 90.06 million 4G customers of China Mobile alone at the end of 2014 (a lower bound).
LTE_USERS_CHINA_MOBILE_2014 = Outcome(
    id="outcome.lte-users-china-mobile-2014",
    figure_id="figure.lte-users-target-2014",
    value=Decimal("90060000"),
    unit=Unit.COUNT,
    qualifier=Qualifier.EXACT,
    counted="4G users",
    as_of=_END_OF_2014,
    coverage=Coverage.PART,
    scope_en="4G customers of China Mobile alone at the end of 2014",
    scope_mismatch="one operator of three, while the target counts 4G users nationwide",
    sources=(
        Citation(
            publisher="Xinhua / China Finance Corporation (en.xinhua08.com)",
            title="China Mobile (CHL.NYSE) adds 39.43 mln customers in 2014",
            url="http://en.xinhua08.com/a/20150120/1442264.shtml",
            date=datetime.date(2015, 1, 20),
            reliability=Reliability.OFFICIAL_MEDIA,
            quote=(
                "Its total customers reached 806.63 million by the end of last year, up 5.14"
                " percent from a year earlier. Among the number, 245.75 million were 3G"
                " customers, and 90.06 million were 4G customers."
            ),
            language="en",
            note="Reports the operator's own figure.",
        ),
    ),
)

#: 32.174 million IPTV users at the end of September 2014 (the ministry, via Xinhua).
IPTV_USERS_2014_09 = Outcome(
    id="outcome.iptv-users-2014-09",
    figure_id="figure.iptv-users-target-2014",
    value=Decimal("32174000"),
    unit=Unit.COUNT,
    qualifier=Qualifier.EXACT,
    counted="IPTV users",
    as_of=datetime.date(2014, 9, 30),
    coverage=Coverage.FULL,
    scope_en=(
        "IPTV users of the three basic telecom operators at the end of the third quarter of"
        " 2014, counted in 户 (subscriber accounts)"
    ),
    scope_mismatch=None,
    sources=(
        _xinhua_q3_notice(
            "三季度,信息消费规模持续扩大,新业务用户和市场规模稳步增长,三家基础电信企业IPTV"
            "用户达到3217.4万户;"
        ),
    ),
    note_en="Still short of the target three months before the year's end.",
)

#: 33.64 million IPTV users at the end of 2014, per the ministry (secondary).
IPTV_USERS_2014 = Outcome(
    id="outcome.iptv-users-2014",
    figure_id="figure.iptv-users-target-2014",
    value=Decimal("33640000"),
    unit=Unit.COUNT,
    qualifier=Qualifier.EXACT,
    counted="IPTV users",
    as_of=_END_OF_2014,
    coverage=Coverage.FULL,
    scope_en="IPTV users nationwide at the end of 2014, from the ministry's figures",
    scope_mismatch=None,
    sources=(
        _total_telecom(
            "The growth was driven by an increase in mobile broadband users, which now account"
            " for 45.3% of all mobile customers, the take-up of fibre-based broadband services,"
            " and IPTV growth: 33.64 million households had IPTV services at the end of last"
            " year."
        ),
    ),
    note_en=(
        "Total Telecom writes 'households'; the ministry counts IPTV users in 户 (subscriber"
        " accounts: 'IPTV用户达到3217.4万户' in its notice for the third quarter), the same"
        " count as the target's IPTV用户数, so the scope matches. The Chinese line of the"
        " ministry's bulletin was not seen."
    ),
)

#: 502 enterprises chosen in the first batch of pilots, from 2014 (the ministry, reposted).
INTEGRATION_STANDARD_PILOT_ENTERPRISES_2014 = Outcome(
    id="outcome.integration-standard-pilot-enterprises-2014",
    figure_id="figure.integration-standard-pilot-enterprises-target-2014",
    value=Decimal("502"),
    unit=Unit.COUNT,
    qualifier=Qualifier.EXACT,
    counted="enterprises",
    as_of=_END_OF_2014,
    coverage=Coverage.FULL,
    scope_en=(
        "Enterprises in the first batch of national pilots of the integration management"
        " system standard (贯标试点), selected from 2014"
    ),
    scope_mismatch=None,
    sources=(
        Citation(
            publisher="m.yaozui.com (repost of the ministry's reply to NPC proposal No. 8818)",
            url="https://m.yaozui.com/p/146809",
            reliability=Reliability.SECONDARY,
            quote=(
                "从2014年开始,我部开始依托地方政府和行业协会在全国范围内遴选国家级贯标试点企业,"
                "首批选择了502家企业进行贯标试点,2015年和2016年,又分别在全国新增遴选了600家"
                "国家级贯标试点企业。"
            ),
            language="zh-Hans",
            note=(
                "The ministry's reply to proposal No. 8818 of the Fourth Session of the 12th"
                " National People's Congress (2016). " + _PRIMARY_ON_OTHER_HOST
            ),
        ),
    ),
    note_en=(
        "The reply places the first batch in 2014 (selection began in 2014; later batches came"
        " in 2015 and 2016) without dating it exactly: as_of is the end of 2014 on that reading."
    ),
)

#: No count of pilot enterprises meeting the standard by the end of 2014 was found.
INTEGRATION_STANDARD_COMPLIANT_PILOTS_2014 = Unsourced(
    id="unsourced.integration-standard-compliant-pilots-2014",
    figure_id="figure.integration-standard-compliant-pilots-target-2014",
    searched=(
        "两化融合管理体系 贯标试点企业 502家 2014年",
        "两化融合管理体系 评定 通过 试点企业 2014年底 达标 首批",
        "m.yaozui.com/p/146809 两化融合 贯标 人大建议 答复",
        "工信部 确定 两化融合管理体系贯标试点企业 名单 2014 第一批 500家",
        "两化融合管理体系 贯标 试点企业 通过评定 家 2015年 工信部 信软司",
        "informatization industrialization integration management system standard pilot"
        " enterprises 2014 MIIT 500",
        "首批通过两化融合管理体系评定的企业 颁发 评定证书 2015",
        "两化融合管理体系 已有 家企业 通过评定 截至2014年底 截至2015年",
        "第8818号建议的答复 两化融合管理体系 评定 企业 通过 评定机构",
        "Integration of informatization and industrialization management system first batch"
        " enterprises passed assessment 2015",
    ),
    seen_en=(
        "The target restated as a plan in the ministry's 2014 notice (200 enterprises to be"
        " certified by the end of 2014); the ministry's 2016 reply to an NPC proposal, which"
        " counts pilots (502 in the first batch, 600 more in 2015 and 2016) but no enterprise"
        " passing assessment; and provincial pilot lists (e.g. Anhui's,"
        " http://www.ahsxsj.com/laodenarong/4087.html), with no national count."
    ),
    seen=(
        Citation(
            publisher="中国标准化 portal (image.chinagb.org), carrying the ministry's notice",
            title=(
                "工业和信息化部办公厅关于推荐2014年信息化和 工业化融合管理体系贯标试点企业和"
                "服务机构的通知"
            ),
            url="http://image.chinagb.org/Article/ShowArticle.asp?ArticleID=287288",
            reliability=Reliability.SECONDARY,
            quote=(
                "2014年将在全国500家企业开展贯标试点工作,选择和支持一批服务机构为试点企业贯标"
                "提供咨询服务,建立和完善认定服务体系,2014年底前完成200家企业的达标认定。"
            ),
            language="zh-Hans",
            note="A plan, not an outcome. " + _PRIMARY_ON_OTHER_HOST,
        ),
    ),
)

#: All 7 new backbone direct connection points were built by 1 October 2014 (People's Daily).
BACKBONE_DIRECT_CONNECTION_POINTS_2014 = Outcome(
    id="outcome.backbone-direct-connection-points-2014",
    figure_id="figure.backbone-direct-connection-points-target-2014",
    value=Decimal("7"),
    unit=Unit.COUNT,
    qualifier=Qualifier.EXACT,
    counted="backbone direct connection points",
    as_of=datetime.date(2014, 10, 1),
    coverage=Coverage.FULL,
    scope_en=(
        "New national internet backbone direct connection points (Chengdu, Xi'an, Wuhan,"
        " Shenyang, Nanjing, Chongqing, Zhengzhou) built, ten in all with Beijing, Shanghai"
        " and Guangzhou"
    ),
    scope_mismatch=None,
    sources=(
        Citation(
            publisher="People's Daily, overseas edition (人民日报海外版)",
            title="中国新增7个互联网骨干直联点",
            url="http://paper.people.com.cn/rmrbhwb/html/2015-01/28/content_1527077.htm",
            date=datetime.date(2015, 1, 28),
            reliability=Reliability.OFFICIAL_MEDIA,
            quote=(
                "工信部通信发展司司长闻库在发布会上透露,2014年10月1日,7个互联网骨干直联点全部"
                "建成,经过两个多月的试运行,目前已全面投入使用,效果也已经初显。"
            ),
            language="zh-Hans",
            note="Front page; the director spoke at the press conference of 27 January 2015.",
        ),
    ),
    note_en=(
        "The points connect the operators' backbone networks inside China; they are not"
        " gateways to the world's internet, as one English report (IDG) called them."
    ),
)

#: Every shipped outcome, in the document order of the figures they answer.
OUTCOMES: tuple[Outcome, ...] = (
    INDUSTRIAL_VALUE_ADDED_GROWTH_2013,
    INDUSTRIAL_PROFIT_GROWTH_2013,
    INFORMATION_CONSUMPTION_2013,
    INFORMATION_CONSUMPTION_2013_IMPLIED_BY_2014,
    INFORMATION_CONSUMPTION_GROWTH_2013,
    TELECOM_REVENUE_GROWTH_2013,
    SOFTWARE_IT_SERVICES_REVENUE_GROWTH_2013_MINISTRY,
    SOFTWARE_IT_SERVICES_REVENUE_GROWTH_2013_INDUSTRY_REPORT,
    APPROVAL_ITEMS_CANCELLED_OR_DELEGATED_2014_07,
    APPROVAL_ITEMS_PROPOSED_2015_01,
    APPROVAL_ITEMS_CANCELLED_OR_DELEGATED_UNDATED,
    LTE_USERS_2014_09,
    LTE_USERS_2014_11,
    LTE_USERS_2014,
    LTE_USERS_CHINA_MOBILE_2014,
    IPTV_USERS_2014_09,
    IPTV_USERS_2014,
    INTEGRATION_STANDARD_PILOT_ENTERPRISES_2014,
    BACKBONE_DIRECT_CONNECTION_POINTS_2014,
)

#: The forward-looking figures no source answered, in document order.
UNSOURCED: tuple[Unsourced, ...] = (
    LTE_COMMERCIAL_CITIES_2014,
    INTEGRATION_STANDARD_COMPLIANT_PILOTS_2014,
)
