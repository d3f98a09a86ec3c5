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
- Every source says when its page was read (``accessed``). A page whose quote was seen
  again in the stored pages on 2026-12-01 carries that day; any other carries the day of
  the commit that first shipped its address (2026-11-25 or 2026-11-26, from the history of
  this module), since it had been read by then.
- Sources are graded by who publishes the words, then by where they are read:

  - ``primary``: the issuing body on its own site (the ministry, the statistics bureau,
    the State Council Information Office). No such page was found for any figure.
  - ``official_media``: state media reporting the body (Xinhua, People's Daily, China
    News Service, China Daily, Economic Information Daily), on the agency's own host or
    on a state-run portal that carries agency copy under the agency's name:
    finance.ce.cn (China Economic Net), finance.china.com.cn and en.chinagate.cn
    (China.org.cn), beinet.net.cn (the Beijing economic information portal),
    en.xinhua08.com (Xinhua's finance service).
  - ``secondary``: everything else, including the same agency text on a commercial or
    unknown site (a company page, a trade site, a repost that garbles the text), trade
    press, and a primary document reposted where its host's operator is not shown.

  The line between the last two is the host, not the words: Xinhua's sentence on a
  state-run portal is official media, the same sentence on a company's site secondary.
- A value no source states outright carries its derivation (2013 telecom revenue growth
  from 2014's 3.6% and "比上年回落5.1个百分点": 3.6 + 5.1).
- Sources that disagree are both shipped, each naming the other in ``conflicts_with``.
- Nothing seen only in memory, or in a source not opened, is shipped: the end-2014
  national 4G count of the ministry's bulletin, for one, was not seen.
- A count of something that bounds the figure from above (enterprises *assessed*, of
  which those meeting a standard can only be a part) counts something else
  (``coverage=other``): the scorecard has no rule for an upper bound, so such a row stays
  undecided and its note says what the bound implies.
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

# When each page was read (see the module docstring for how these were chosen).
_READ_2026_11_25 = datetime.date(2026, 11, 25)  # first shipped in the commit of that day
_READ_2026_11_26 = datetime.date(2026, 11, 26)  # first shipped in the commit of that day
_READ_2026_12_01 = datetime.date(2026, 12, 1)  # quote seen again in the stored page that day

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
        accessed=_READ_2026_11_26,
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
        accessed=_READ_2026_11_25,
        reliability=Reliability.SECONDARY,
        quote=quote,
        language="en",
        note=_TOTAL_TELECOM_NOTE,
    )


_VBSEAMALL_NOTE = (
    "A report of the State Council Information Office press conference of 27 January 2015,"
    " at which the ministry gave its account of industry and communications in 2014 (vice-"
    "minister Mao Weiming's summary). Dated 2015-01-30 by its address. The ministry's own"
    " transcript was not found. " + _PRIMARY_ON_OTHER_HOST
)


def _vbseamall_press_conference(quote: str) -> Citation:
    """The ministry's account of 2014 at the press conference of 27 January 2015, as a
    commercial site carries it (traditional characters, not garbled)."""
    return Citation(
        publisher="vbseamall.com (report of the SCIO press conference)",
        url="http://vbseamall.com/idcnews/Article/20150130/7120",
        accessed=_READ_2026_12_01,
        reliability=Reliability.SECONDARY,
        quote=quote,
        language="zh-Hant",
        note=_VBSEAMALL_NOTE,
    )


_YKGL_INFORMATION_CONSUMPTION = Citation(
    publisher="ykgl.com",
    url="http://ykgl.com/ReadTech_245.html",
    accessed=_READ_2026_12_01,
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
INDUSTRIAL_VALUE_ADDED_GROWTH_2013_OUTCOME = Outcome(
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
            accessed=_READ_2026_12_01,
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
            publisher="China Daily (Xinhua)",
            url="https://global.chinadaily.com.cn/bizchina/2015-01/27/content_19419230.htm",
            accessed=_READ_2026_12_01,
            date=datetime.date(2015, 1, 27),
            reliability=Reliability.OFFICIAL_MEDIA,
            quote=(
                "China's industrial output grew 8.3 percent in 2014, down from 9.7 percent growth"
                " seen in 2013, according to the National Bureau of Statistics (NBS)."
            ),
            language="en",
            note=(
                "China Daily's own host for the Xinhua wire of 27 January 2015 (the ministry's"
                " press conference on 2014), cited before through its copy on"
                " en.chinagate.cn/2015-01/27/content_34666142.htm ('China sets industrial"
                " output target at 8 pct for 2015'), which credits Xinhua. The stored text"
                " shows no headline; the address dates it."
            ),
        ),
        Citation(
            publisher="China Daily",
            title="Golden era ends for industrial growth",
            url="http://www.chinadaily.com.cn/business/chinadata/2014-12/23/content_19150071.htm",
            accessed=_READ_2026_12_01,
            date=datetime.date(2014, 12, 23),
            reliability=Reliability.OFFICIAL_MEDIA,
            quote=(
                "This year will be the second in a row for China to report single-digit"
                " industrial production growth. The figure was 9.7 percent last year."
            ),
            language="en",
            note=(
                "By Gao Yuan, on the minister's account of 2014 at the national work conference"
                " of 22 December 2014 ('the government warned on Monday'): the ministry's own"
                " year-end statement of 2013's rate. China Daily's own host for the item cited"
                " before through en.chinagate.cn/2014-12/22/content_34379957.htm"
                " ('Industrial output slowdown a new normal'), whose edit says the ministry"
                " gave both rates."
            ),
        ),
        Citation(
            publisher="Made-in-China.com (repost of a Xinhua wire)",
            title="China's Industrial Output Grows 9.7 Pct in 2013",
            url="https://resources.made-in-china.com/article/industry-view/kJYngAVcoElG/China-s-Industrial-Output-Grows-9-7-Pct-in-2013",
            accessed=_READ_2026_11_26,
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
INDUSTRIAL_PROFIT_GROWTH_2013_OUTCOME = Outcome(
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
            accessed=_READ_2026_11_26,
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
            accessed=_READ_2026_11_26,
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
INFORMATION_CONSUMPTION_2013_OUTCOME = Outcome(
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
        "Seen only on a secondary site. The final figures for 2014 (2.8 trillion yuan, up"
        " 18%) imply a larger 2013 base (outcome.information-consumption-2013-implied-by-2014),"
        " but that need not mean the 2013 level was revised: the ministry's estimate for 2014,"
        " made before the final count, was the same 2.8 trillion yuan up 25% (a secondary page,"
        " https://thepaypers.com/payments/news/china-ecommerce-transactions-estimated-to-reach"
        "-nearly-usd-2-trillion-in-2014: 'the information consumption value would increase to"
        " USD 455.12 billion (CNY 2.8 trillion), with a 25% y-o-y increase in 2014'), which"
        " puts 2013 at 2.8 / 1.25 = 2.24 trillion (the package's computation), consistent"
        " with 2.2. The two may differ in the 2014 growth rate (25% estimated, 18% final),"
        " not in the 2013 base; no source says which."
    ),
)

#: The 2013 base implied by 2014's 2.8 trillion yuan and 18% growth (official media, derived).
INFORMATION_CONSUMPTION_2013_IMPLIED_BY_2014_OUTCOME = Outcome(
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
            accessed=_READ_2026_12_01,
            date=datetime.date(2015, 2, 6),
            reliability=Reliability.OFFICIAL_MEDIA,
            quote=(
                "China's IT consumption amounted to 2.8 trillion yuan in 2014, up 18 percent"
                " year on year. Its contribution to GDP reached about 0.8 percentage point."
            ),
            language="en",
            note="'IT consumption' is Xinhua's English for 信息消费; it cites the ministry.",
        ),
        _vbseamall_press_conference("2014全年信息消費規模達到2.8萬億元,增長18%。"),
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
INFORMATION_CONSUMPTION_GROWTH_2013_OUTCOME = Outcome(
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
TELECOM_REVENUE_GROWTH_2013_OUTCOME = Outcome(
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
            accessed=_READ_2026_11_26,
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
SOFTWARE_IT_SERVICES_REVENUE_GROWTH_2013_MINISTRY_OUTCOME = Outcome(
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
            accessed=_READ_2026_12_01,
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
SOFTWARE_IT_SERVICES_REVENUE_GROWTH_2013_INDUSTRY_REPORT_OUTCOME = Outcome(
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
            accessed=_READ_2026_11_26,
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
        " growth and level; the ministry's own year-end bulletin was not found. The two may"
        " be measured differently rather than contradict each other: 23.4% is what a raw"
        " ratio of levels gives, 3.06 trillion in 2013 over the ministry's 2.48 trillion for"
        " 2012 (China Daily, carrying Xinhua, 2013-05-15,"
        " http://www.chinadaily.com.cn/business/2013-05/15/content_16501845.htm: 'Chinese"
        " software companies garnered 2.48 trillion yuan ($399.55 billion) in revenue in"
        " 2012'), 3.06 / 2.48 = 1.234 (the package's computation), while the ministry's"
        " 24.6% may be on a comparable basis (the same enterprises in both years). No source"
        " says so."
    ),
)

# -- 2014 targets ----------------------------------------------------------------------------

_BEINET_APPROVALS_2014_07 = Citation(
    publisher="China News Service (中国新闻网), carried by beinet.net.cn",
    title="工信部:力争年底前再取消和下放9项审批事项",
    url="http://www.beinet.net.cn/topic/gzwj/zfcs/201407/t8005502.htm",
    accessed=_READ_2026_12_01,
    date=datetime.date(2014, 7, 24),
    reliability=Reliability.OFFICIAL_MEDIA,
    quote=(
        "黄利斌介绍说,在取消和下放审批事项方面,已由国务院公布和下放20项,力争年底前再"
        "取消和下放至少9项,确保完成取消下放比例不低于二分之一的工作要求,以更多地发挥"
        "市场作用。"
    ),
    language="zh-Hans",
)

_SHUANGJIA_APPROVALS_2015_01 = Citation(
    publisher="shuangjiagroup.com",
    title="China's manufacturing profits increased by 6.5% in 2014",
    url="http://www.shuangjiagroup.com/news-china-39-s-manufacturing-profits-275.html",
    accessed=_READ_2026_11_26,
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
)

#: 20 of the ministry's approval items cancelled or delegated by July 2014; aim raised to 1/2.
APPROVAL_ITEMS_CANCELLED_OR_DELEGATED_2014_07_OUTCOME = Outcome(
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
    sources=(_BEINET_APPROVALS_2014_07,),
    note_en=(
        "A count, not a share: the source does not give the number of items the share is taken"
        " of, so alone it cannot be judged against 'one third' (the share it makes is worked"
        " out in outcome.approval-items-share-cancelled-or-delegated-2014-07). At the same"
        " briefing the ministry raised its aim from one third to at least one half"
        " (取消下放比例不低于二分之一), with at least 9 more items by the end of 2014, and"
        " it measured the aim as the share cancelled or delegated (取消下放比例)."
    ),
)

#: 20 of about 56 items, about 5/14 (35.7%), cancelled or delegated by July 2014 (derived).
APPROVAL_ITEMS_SHARE_CANCELLED_OR_DELEGATED_2014_07_OUTCOME = Outcome(
    id="outcome.approval-items-share-cancelled-or-delegated-2014-07",
    figure_id="figure.administrative-approval-items-reduction-target-2014",
    value=Fraction(5, 14),
    unit=Unit.FRACTION,
    qualifier=Qualifier.ABOUT,
    counted=None,
    as_of=datetime.date(2014, 7, 24),
    coverage=Coverage.FULL,
    scope_en=(
        "Share of the ministry's original administrative approval items cancelled or"
        " delegated by its briefing of 24 July 2014: the 20 items then published, over the"
        " 56 items that the January 2015 statement's '29 items, 51.8%' implies"
    ),
    scope_mismatch=None,
    sources=(_BEINET_APPROVALS_2014_07, _SHUANGJIA_APPROVALS_2015_01),
    derivation=Derivation(
        operation=Operation.RATIO,
        left=Decimal("20"),
        right=Decimal("56"),
        explanation_en=(
            "20 items were cancelled or delegated by 24 July 2014 (已由国务院公布和下放20项)."
            " The ministry's base is implied by its January 2015 statement that 29 items are"
            " 51.8% of the original items: a whole number of items, and 56 is the only one for"
            " which 29 items round to 51.8% (29/56 = 51.79%; 29/55 = 52.7%, 29/57 = 50.9%),"
            " the package's computation. 20/56 = 5/14, about 35.7%, above one third five"
            " months before the deadline. Shipped as 'about': the base is inferred, not stated."
        ),
    ),
    note_en=(
        "The verdict rests on this derivation, and it has caveats. (1) The 29 items may be a"
        " proposal, but the base they imply does not depend on whether they were cancelled."
        " (2) The report says 减少 (reduce) and the 20 are 取消和下放 (cancelled and"
        " delegated); the ministry itself measured the aim as the share cancelled or"
        " delegated (取消下放比例, 24 July 2014). (3) The target's base is the items at the"
        " start of 2013, in the minister's words ('我們已經(jīng)明確,到2014年年底前行政審批項目要"
        "比2013年年初減少1/3以上。', an undated interview whose words place it in 2014, http://cacpa.com.cn/news/"
        "show-htm-itemid-267777.html, a secondary repost that garbles its characters); the"
        " January 2015 statement's base is 'the original examination and approval items'; no"
        " source says the two are the same count. (4) The base rests on one secondary English"
        " rendering; 20 items reach one third of any base up to 60. A later statement agrees"
        " with a base near 56: 26 items, 'nearly half' (26/56 = 46.4%, the package's"
        " computation)."
    ),
)

#: 29 items (51.8%) proposed to the State Council for cancelling or delegating, January 2015.
APPROVAL_ITEMS_PROPOSED_2015_01_OUTCOME = Outcome(
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
    sources=(_SHUANGJIA_APPROVALS_2015_01,),
    conflicts_with=("outcome.approval-items-cancelled-or-delegated-undated",),
    note_en="20 items by July 2014 and at least 9 more planned make 29, the number proposed.",
)

#: 26 items, "nearly half", cancelled or delegated, in an undated later statement (secondary).
APPROVAL_ITEMS_CANCELLED_OR_DELEGATED_UNDATED_OUTCOME = Outcome(
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
            accessed=_READ_2026_12_01,
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

#: China Unicom alone had launched TD-LTE in more than 300 cities by the end of 2014 (trade press).
LTE_CITIES_CHINA_UNICOM_2014_OUTCOME = Outcome(
    id="outcome.lte-cities-china-unicom-2014",
    figure_id="figure.lte-commercial-cities-target-2014",
    value=Decimal("300"),
    unit=Unit.COUNT,
    qualifier=Qualifier.MORE_THAN,
    counted="cities",
    as_of=_END_OF_2014,
    coverage=Coverage.PART,
    scope_en=(
        "Cities in which China Unicom alone had launched TD-LTE by the end of 2014, from its"
        " service-quality report as C114 reported it"
    ),
    scope_mismatch=(
        "one operator of three, while the target counts cities with commercial 4G nationwide;"
        " every city one operator serves is such a city, so the national count is at least"
        " as large"
    ),
    sources=(
        Citation(
            publisher="Telecom Asia (telecomasia.net)",
            url="https://telecomasia.net/content/china-unicom-built-100k-lte-bts-14",
            accessed=_READ_2026_12_01,
            reliability=Reliability.SECONDARY,
            quote=(
                "As of the end of the year, China Unicom has launched TD-LTE in more than 300"
                " cities and expanded its hybrid LTE network trials."
            ),
            language="en",
            note=(
                "Trade press citing China Unicom's service-quality report via C114; the stored"
                " text shows no headline or date, but speaks of 2014 as past and of FDD"
                " licences expected 'in May' (early 2015)."
            ),
        ),
    ),
    note_en=(
        "One secondary source, and its word is 'launched', which this record reads as"
        " commercial service: the operator had said it would 'roll out commercial LTE"
        " services in over 300 cities across the country by year-end' (Telecom Asia,"
        " 2014-02-28, https://www.telecomasia.net/content/china-unicom-kickstart-td-lte-next"
        "-month, the plan, not an outcome). China Mobile planned 340 cities by the end of 2014"
        " (ECNS, 2014-06-23); its annual report for 2014 (Form 20-F, sec.gov, filed 2015) was"
        " found among the stored pages, but only its cover page could be read, so no city"
        " count of its own is shipped. No national count by the ministry was found."
    ),
)

#: 43.057 million 4G users nationwide at the end of September 2014 (the ministry, via Xinhua).
LTE_USERS_2014_09_OUTCOME = Outcome(
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
LTE_USERS_2014_11_OUTCOME = Outcome(
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
            accessed=_READ_2026_12_01,
            reliability=Reliability.SECONDARY,
            quote="特に11月、4G携帯電話利用者数は1800万人増加し、7585万人にまで拡大した。",
            language="ja",
            note="Summarizes the ministry's statistics for November 2014, released 2014-12-24.",
        ),
    ),
)

#: More than 90 million 4G users nationwide at the end of 2014, per a ministry official.
LTE_USERS_2014_OUTCOME = Outcome(
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
            accessed=_READ_2026_11_26,
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
        " million) was not seen in any source opened, so it is not shipped. A better host"
        " for Wen Ku's statement, People's Daily Online's Japanese edition (j.people.com.cn,"
        " 29 January 2015), was searched for in the stored pages and not found."
    ),
)

#: 90.06 million 4G customers of China Mobile alone at the end of 2014 (a lower bound).
LTE_USERS_CHINA_MOBILE_2014_OUTCOME = Outcome(
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
            accessed=_READ_2026_11_25,
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
IPTV_USERS_2014_09_OUTCOME = Outcome(
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
IPTV_USERS_2014_OUTCOME = Outcome(
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

_YLNET_NOTICE_2015 = Citation(
    publisher="伊犁中小企业公共信息服务平台 (sme.ylnet.com.cn), reposting the ministry's notice",
    title="试点企业推荐工作的通知",
    url="http://sme.ylnet.com.cn/index.php?m=content&c=index&a=show&catid=13&id=253",
    accessed=_READ_2026_12_01,
    date=datetime.date(2015, 3, 24),
    reliability=Reliability.SECONDARY,
    quote=("2014年,我部指导和支持502家企业开展了贯标试点工作,对近200家企业开展了评定工作。"),
    language="zh-Hans",
    note=(
        "工信厅信函〔2015〕160号, the notice of the ministry's general office on continuing to"
        " recommend pilot enterprises (March 2015), on a local SME portal of Ili whose operator"
        " the page does not show. " + _PRIMARY_ON_OTHER_HOST
    ),
)

#: 502 enterprises in the pilots in 2014 (the ministry's notice of March 2015, reposted).
INTEGRATION_STANDARD_PILOT_ENTERPRISES_2014_OUTCOME = Outcome(
    id="outcome.integration-standard-pilot-enterprises-2014",
    figure_id="figure.integration-standard-pilot-enterprises-target-2014",
    value=Decimal("502"),
    unit=Unit.COUNT,
    qualifier=Qualifier.EXACT,
    counted="enterprises",
    as_of=_END_OF_2014,
    coverage=Coverage.FULL,
    scope_en=(
        "Enterprises the ministry guided and supported in the national pilots of the"
        " integration management system standard (贯标试点) in 2014: the first batch"
    ),
    scope_mismatch=None,
    sources=(
        _YLNET_NOTICE_2015,
        Citation(
            publisher="m.yaozui.com (repost of the ministry's reply to NPC proposal No. 8818)",
            url="https://m.yaozui.com/p/146809",
            accessed=_READ_2026_12_01,
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
        "The notice of March 2015 dates the 502 to 2014 in its own words (2014年,...502家);"
        " the 2016 reply agrees (the first batch, selection from 2014). as_of is the end of"
        " 2014: neither says on which day of the year the count stood."
    ),
)

#: Nearly 200 enterprises assessed in 2014: an upper bound on those meeting the standard.
INTEGRATION_STANDARD_ASSESSED_ENTERPRISES_2014_OUTCOME = Outcome(
    id="outcome.integration-standard-assessed-enterprises-2014",
    figure_id="figure.integration-standard-compliant-pilots-target-2014",
    value=Decimal("200"),
    unit=Unit.COUNT,
    qualifier=Qualifier.NEARLY,
    counted="enterprises",
    as_of=_END_OF_2014,
    coverage=Coverage.CONTAINS,
    scope_en=(
        "Enterprises on which the ministry carried out assessment (评定) against the"
        " integration management system standard in 2014"
    ),
    scope_mismatch=(
        "enterprises assessed, not enterprises found to basically meet the standard: those"
        " can only be some of the assessed, so this is an upper bound on what the target"
        " counts"
    ),
    sources=(_YLNET_NOTICE_2015,),
    note_en=(
        "Why this settles the target: no source counts the enterprises that met the standard"
        " in 2014, and this one counts those assessed, 'nearly 200' (近200家). Meeting the"
        " standard is confirmed by assessment (the plan had been 200 confirmed by the end of"
        " 2014, '2014年底前完成200家企业的达标认定', the ministry's notice of 2014 reposted at"
        " http://image.chinagb.org/Article/ShowArticle.asp?ArticleID=287288), so those found"
        " to meet it can be no more than those assessed: fewer than 200, below the target's"
        " 200 or more (200家以上, 争取), so the target was not met."
    ),
)

#: All 7 new backbone direct connection points were built by 1 October 2014 (People's Daily).
BACKBONE_DIRECT_CONNECTION_POINTS_2014_OUTCOME = Outcome(
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
            accessed=_READ_2026_11_26,
            date=datetime.date(2015, 1, 28),
            reliability=Reliability.OFFICIAL_MEDIA,
            quote=(
                "工信部通信发展司司长闻库在发布会上透露,2014年10月1日,7个互联网骨干直联点全部"
                "建成,经过两个多月的试运行,目前已全面投入使用,效果也已经初显。"
            ),
            language="zh-Hans",
            note="Front page; the director spoke at the press conference of 27 January 2015.",
        ),
        _vbseamall_press_conference(
            "實施寬帶中國專項行動,三網融合深入推進,7個新增國家級互聯網骨干直聯點建成開通。"
        ),
    ),
    note_en=(
        "The points connect the operators' backbone networks inside China; they are not"
        " gateways to the world's internet, as one English report (IDG) called them."
    ),
)

#: Every shipped outcome, in the document order of the figures they answer.
OUTCOMES: tuple[Outcome, ...] = (
    INDUSTRIAL_VALUE_ADDED_GROWTH_2013_OUTCOME,
    INDUSTRIAL_PROFIT_GROWTH_2013_OUTCOME,
    INFORMATION_CONSUMPTION_2013_OUTCOME,
    INFORMATION_CONSUMPTION_2013_IMPLIED_BY_2014_OUTCOME,
    INFORMATION_CONSUMPTION_GROWTH_2013_OUTCOME,
    TELECOM_REVENUE_GROWTH_2013_OUTCOME,
    SOFTWARE_IT_SERVICES_REVENUE_GROWTH_2013_MINISTRY_OUTCOME,
    SOFTWARE_IT_SERVICES_REVENUE_GROWTH_2013_INDUSTRY_REPORT_OUTCOME,
    APPROVAL_ITEMS_CANCELLED_OR_DELEGATED_2014_07_OUTCOME,
    APPROVAL_ITEMS_SHARE_CANCELLED_OR_DELEGATED_2014_07_OUTCOME,
    APPROVAL_ITEMS_PROPOSED_2015_01_OUTCOME,
    APPROVAL_ITEMS_CANCELLED_OR_DELEGATED_UNDATED_OUTCOME,
    LTE_CITIES_CHINA_UNICOM_2014_OUTCOME,
    LTE_USERS_2014_09_OUTCOME,
    LTE_USERS_2014_11_OUTCOME,
    LTE_USERS_2014_OUTCOME,
    LTE_USERS_CHINA_MOBILE_2014_OUTCOME,
    IPTV_USERS_2014_09_OUTCOME,
    IPTV_USERS_2014_OUTCOME,
    INTEGRATION_STANDARD_PILOT_ENTERPRISES_2014_OUTCOME,
    INTEGRATION_STANDARD_ASSESSED_ENTERPRISES_2014_OUTCOME,
    BACKBONE_DIRECT_CONNECTION_POINTS_2014_OUTCOME,
)

#: The forward-looking figures no source answered, in document order: none, since the
#: searches of 2026-12-01 (see ``docs/what-happened-next.md``) answered the last two.
UNSOURCED: tuple[Unsourced, ...] = ()
