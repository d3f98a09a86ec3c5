"""Which words name which measure: how the checker decides that a sentence's number is
about a figure of the report, or about something the report does not count.

Each figure's cue is its Chinese label (``label_zh``) cut to the words that name the
measure, the same words in traditional-converted reposts (the text is normalised first),
the glossary's English for them, and the English that the trade press uses for them.
Cues for other measures (e-commerce, investment, smartphones, one operator's network)
are as important: the nearest cue before a number decides what it is about, so "e-commerce
grew 25%" is not information-consumption growth, even though 25 is a number of the report.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..model.frozen import FrozenMap

_F = "figure."

#: figure id (or ``other:<what>``) -> pattern over normalised, simplified text.
_CUES: tuple[tuple[str, str], ...] = (
    (
        _F + "industrial-value-added-growth-2013",
        r"工业增加值(?!能耗)|增加值增长|工业生产|生[产産][额額]"
        r"|industrial (?:value[- ]added|added[- ]value|output|production)|value[- ]added output",
    ),
    (_F + "industrial-profit-growth-2013", r"利润|利益|profits?\b"),
    (
        _F + "information-consumption-2013",
        r"信息消费|情[報报]消[費费]|information(?:-related)? consumption"
        r"|it-related consumer spending|consumer spending on it",
    ),
    (
        _F + "telecom-revenue-growth-2013",
        r"电信业务(?:的)?收入|电信业收入|[电電]気通信[业業][务務]の[収收]入|通信业收入"
        r"|telecom(?:munications?)?(?: industry| sector| business)?(?:'s)? (?:business )?revenues?"
        r"|revenues? (?:of|in) (?:the )?(?:china's )?telecom",
    ),
    (
        _F + "software-it-services-revenue-growth-2013",
        r"软件|ソフトウエア|software",
    ),
    (_F + "outdated-capacity-shutdown-2013", r"落后(?:生产线|产能)|outdated|backward capacity"),
    (
        _F + "industrial-energy-intensity-reduction-2013",
        r"能耗|energy (?:consumption|use|intensity)",
    ),
    (_F + "industrial-water-intensity-reduction-2013", r"用水|water"),
    (_F + "sme-service-2013", r"服务机构|service (?:agencies|institutions|providers)"),
    (
        _F + "small-micro-enterprises-tax-relief-2013",
        r"减免税|tax (?:relief|cuts?|breaks?|reductions?)",
    ),
    (
        _F + "technology-innovation-demonstration-enterprises-2013",
        r"技术创新示范企业|innovation demonstration",
    ),
    (_F + "national-industrial-design-centres-2013", r"工业设计中心|industrial design cent"),
    (
        _F + "chinese-proposals-adopted-as-international-standards-2013",
        r"国际标准|international standards?",
    ),
    (
        _F + "broadband-4m-or-faster-share-2013",
        r"4m及?以上|4兆及?以上|4 ?mbps|4m or (?:faster|above|higher)",
    ),
    (
        _F + "mobile-resale-enterprises-approved-2013",
        r"转售|resale|virtual network operators?|mvno",
    ),
    (
        _F + "administrative-approval-items",
        r"行政审批|审批项目|approval items?|administrative approvals?",
    ),
    (_F + "work-task-areas-2014", r"方面工作任务|task areas"),
    (_F + "lte", r"4g|lte"),
    (_F + "iptv-users-target-2014", r"iptv"),
    (_F + "integration-standard", r"贯标|试点企业|pilot (?:enterprises|companies)"),
    (_F + "backbone-direct-connection-points-target-2014", r"骨干直联点|direct connection points?"),
    (_F + "meeting-branch-venues-2013", r"分会场|branch venues?"),
    (_F + "meeting-duration-2013", r"会期"),
    (_F + "meeting-speaking-organizations-2013", r"交流发言"),
    (_F + "years-to-moderately-prosperous-society-2013", r"小康|moderately prosperous"),
    # -- measures the report does not state
    ("other:e-commerce", r"电子商务|电商|e-?commerce|网络零售|online (?:retail|shopping)"),
    ("other:investment", r"投资|invest(?:ment|ed|ing)?\b|投入|capex|spending on (?:networks|4g)"),
    ("other:devices", r"智能手机|手机|smartphones?|handsets?|devices|终端|販売台数"),
    ("other:3g", r"\b3g\b|3g用户"),
    ("other:base-stations", r"基站|base stations?"),
    ("other:fibre", r"光纤|光网|fib(?:re|er)|ftth"),
    ("other:mobile-internet", r"移动互联网|mobile internet|流量|traffic|terabytes"),
    (
        "other:mobile-subscribers",
        r"移动电话用户|移动用户|mobile (?:phone )?(?:users|subscribers)|telephone subscribers"
        r"|fixed-line|固定电话",
    ),
    (
        "other:operator",
        r"中国移动|中移动|中國移動|china mobile|中国联通|联通|china unicom|中国电信(?!业)"
        r"|china telecom(?!munication)|huawei|华为|奚国华|wang xiaochu",
    ),
    ("other:economy", r"\bgdp\b|国内生产总值|retail sales|社会消费品|per capita income"),
    ("other:pilot-cities", r"试点(?:市|城市)|试点市|pilot cities|信息消费试点"),
    ("other:driven-output", r"带动相关行业|拉动相关|new output|related industries|新增产出"),
    ("other:telecom-volume", r"业务总量|(?:business|service) volume|总量"),
    ("other:operating-revenue", r"营业收入|operating revenues?|non-voice|voice|语音|主营业务"),
    ("other:internet-users", r"网民|internet users|宽带接入|broadband (?:users|subscribers)"),
    ("other:price", r"资费|tariffs?|prices?|fees?"),
    ("other:licences", r"牌照|licen[cs]es?|許可証"),
)

#: Cues that name a topic more than a measure ("4G", "3G", "broadband users"): a number
#: takes one of them only when no other cue stands before it in its clause.
WEAK = frozenset({_F + "lte", "other:3g", "other:internet-users", "other:mobile-internet"})

#: Cue name -> the figure ids it can name (a cue shared by two figures names both; the
#: unit and the counted noun decide between them).
CUE_FIGURES: Mapping[str, tuple[str, ...]] = FrozenMap(
    {
        _F + "information-consumption-2013": (
            _F + "information-consumption-2013",
            _F + "information-consumption-growth-2013",
        ),
        _F + "outdated-capacity-shutdown-2013": (
            _F + "outdated-capacity-shutdown-sectors-2013",
            _F + "outdated-capacity-shutdown-enterprises-2013",
        ),
        _F + "sme-service-2013": (
            _F + "sme-service-agencies-2013",
            _F + "sme-service-enterprises-served-2013",
        ),
        _F + "administrative-approval-items": (
            _F + "administrative-approval-items-cancelled-or-delegated-2013",
            _F + "administrative-approval-items-reduction-target-2014",
        ),
        _F + "lte": (_F + "lte-commercial-cities-target-2014", _F + "lte-users-target-2014"),
        _F + "integration-standard": (
            _F + "integration-standard-pilot-enterprises-target-2014",
            _F + "integration-standard-compliant-pilots-target-2014",
        ),
    }
)

#: One regular expression that finds every cue in one pass, each as a named group.
#: Cues of other measures come first, so that 信息消费试点 is pilot cities, not
#: information consumption.
_ORDER = sorted(range(len(_CUES)), key=lambda i: not _CUES[i][0].startswith("other:"))
SCAN = re.compile("|".join(f"(?P<c{i}>{_CUES[i][1]})" for i in _ORDER), re.IGNORECASE)
#: Group name -> cue name.
GROUPS: Mapping[str, str] = FrozenMap({f"c{i}": name for i, (name, _) in enumerate(_CUES)})


def figures_of(cue: str) -> tuple[str, ...]:
    """The figure ids a cue names; none for a cue of another measure."""
    if cue.startswith("other:"):
        return ()
    return CUE_FIGURES.get(cue, (cue,))
