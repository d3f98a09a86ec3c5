"""Named programmes, strategies, documents, campaigns and meetings the report refers to.

Inclusion rule. An initiative is a specific, identifiable undertaking that the report
refers to by a fixed name, whether or not it is in quotation marks:

* every term the report puts in quotation marks, except the title of the work report;
* Party congresses and plenums and central conferences (十八大, 中央经济工作会议 …);
* named special actions, action plans, projects, major projects, pilot schemes,
  strategies and campaigns (…专项行动, …行动计划, 工业强基工程, 智慧城市试点 …), and
  the Chang'e-3 mission;
* policy documents that already exist, cited by title, nickname or number.

Left out: activities described in ordinary words rather than named (一批节水关键技术产业化
示范工程, 贯标试点, 本地直联和区域互联试点, 民资进入…市场试点); reform areas and concepts
(行政审批制度改革, 军民融合, 两化融合); systems, mechanisms and standards (…体系, …机制,
中小企业划型标准); titles conferred on firms or places (国家技术创新示范企业, 示范基地,
无锡示范区); and documents the report only plans to draft or issue (进一步鼓励企业兼并重组
的意见, 推进产业合理有序转移的实施意见): those are tasks, recorded in the task tree.

Mentions are computed (:func:`~miit2014.model.entities.named`): the occurrences of the
initiative's Chinese names (``names_zh``), each span covering just the name. Where the
source shares words between two names (十八届二中、三中全会), each plenum's mention runs
over the whole phrase, as for shared titles in :mod:`miit2014.people`: the reviewed
:data:`SHARED_MENTIONS` says so.

English names use :mod:`miit2014.glossary` where it fixes one. Facts that the report does
not state (issuer, date, document number, full Chinese title) are either common knowledge
(the full names of the Party congress and plenums, of 核高基 and 营改增) or carry a
citation; where no source was found, the description leaves the fact out.
"""

from __future__ import annotations

import datetime

from .model.citation import Citation, Reliability
from .model.entities import Initiative, InitiativeKind, SharedMention, named

#: Phrases that name several initiatives at once, each with its reason; a test proves
#: every entry is needed.
SHARED_MENTIONS: tuple[SharedMention, ...] = (
    SharedMention(
        record_ids=(
            "initiative.2nd-plenum-18th-central-committee",
            "initiative.3rd-plenum-18th-central-committee",
        ),
        text="十八届二中、三中全会",
        reason="one phrase names both plenums; neither name is spelled out whole inside it",
    ),
)

#: 18th Party Congress (18th National Congress of the Communist Party of China) (十八大).
INITIATIVE_18TH_PARTY_CONGRESS = Initiative(
    **named("initiative.18th-party-congress", "十八大"),
    full_name_zh="中国共产党第十八次全国代表大会",
    name_en="18th Party Congress (18th National Congress of the Communist Party of China)",
    kind=InitiativeKind.MEETING,
    description_en=(
        "The Party congress whose guiding principles the meeting set out to implement; to"
        " meet the targets it set, the report says, industry must follow the path of"
        " new-type industrialization."
    ),
)

#: Second Plenary Session of the 18th Central Committee of the Communist Party of China
#: (十八届二中全会).
INITIATIVE_2ND_PLENUM_18TH_CENTRAL_COMMITTEE = Initiative(
    **named(
        "initiative.2nd-plenum-18th-central-committee",
        "十八届二中全会",
        "十八届二中",
        shared=SHARED_MENTIONS,
    ),
    full_name_zh="中国共产党第十八届中央委员会第二次全体会议",
    name_en="Second Plenary Session of the 18th Central Committee of the Communist Party of China",
    kind=InitiativeKind.MEETING,
    description_en="A plenum whose guiding principles the meeting set out to implement.",
)

#: Third Plenary Session of the 18th Central Committee of the Communist Party of China
#: (十八届三中全会).
INITIATIVE_3RD_PLENUM_18TH_CENTRAL_COMMITTEE = Initiative(
    **named(
        "initiative.3rd-plenum-18th-central-committee",
        "十八届三中全会",
        "三中全会",
        shared=SHARED_MENTIONS,
    ),
    full_name_zh="中国共产党第十八届中央委员会第三次全体会议",
    name_en="Third Plenary Session of the 18th Central Committee of the Communist Party of China",
    kind=InitiativeKind.MEETING,
    description_en=(
        "The plenum that, the report says, made major decisions on comprehensively deepening"
        " reform, pointing the way for new-type industrialization; the meeting set out to"
        " implement its guiding principles."
    ),
)

#: Central Economic Work Conference (中央经济工作会议).
CENTRAL_ECONOMIC_WORK_CONFERENCE = Initiative(
    **named("initiative.central-economic-work-conference", "中央经济工作会议"),
    name_en="Central Economic Work Conference",
    kind=InitiativeKind.MEETING,
    description_en=(
        "The central conference whose guiding principles the meeting set out to implement."
    ),
)

#: "6+1" Special Actions (“6+1”专项行动).
SIX_PLUS_ONE_SPECIAL_ACTIONS = Initiative(
    **named("initiative.six-plus-one-special-actions", "“6+1”专项行动"),
    name_en='"6+1" Special Actions',
    kind=InitiativeKind.PROGRAMME,
    description_en=(
        "The special actions of the transformation and upgrading action plan, named as the"
        " lever (抓手) of the work in 2013 and again in 2014."
    ),
)

#: Special Action to Raise Industrial Quality and Brand Capability (工业质量品牌能力提升专项行动).
INDUSTRIAL_QUALITY_AND_BRAND_CAPABILITY_ACTION = Initiative(
    **named(
        "initiative.industrial-quality-and-brand-capability-action", "工业质量品牌能力提升专项行动"
    ),
    name_en="Special Action to Raise Industrial Quality and Brand Capability",
    kind=InitiativeKind.PROGRAMME,
    description_en=(
        "A special action carried out in 2013 to raise the quality and brand capability of"
        " industry, as part of improving supply to stimulate consumption."
    ),
)

_LAWJAY_INFORMATION_CONSUMPTION = Citation(
    publisher="lawjay.com.cn",
    title="State Council Opinions To Promote Information Consumption and Expand Domestic Demands",
    url="http://lawjay.com.cn/index.php?a=view&m=law&id=47",
    reliability=Reliability.SECONDARY,
    note=(
        "States that the State Council issued the Several Opinions on 8 August 2013 as"
        " Guo Fa [2013] No. 32."
    ),
)

#: Several Opinions on Promoting Information Consumption to Expand Domestic Demand
#: (促进信息消费扩大内需的若干意见).
OPINIONS_ON_INFORMATION_CONSUMPTION = Initiative(
    **named("initiative.opinions-on-information-consumption", "促进信息消费扩大内需的若干意见"),
    full_name_zh="国务院关于促进信息消费扩大内需的若干意见",
    name_en="Several Opinions on Promoting Information Consumption to Expand Domestic Demand",
    kind=InitiativeKind.POLICY_DOCUMENT,
    description_en=(
        "State Council policy document on information consumption (Guo Fa [2013] No. 32,"
        " 8 August 2013), whose issue the ministry pushed for in 2013."
    ),
    citations=(_LAWJAY_INFORMATION_CONSUMPTION,),
)

#: Guiding Opinions on Resolving Severe Overcapacity (化解产能严重过剩矛盾的指导意见).
GUIDANCE_ON_SEVERE_OVERCAPACITY = Initiative(
    **named("initiative.guidance-on-severe-overcapacity", "化解产能严重过剩矛盾的指导意见"),
    full_name_zh="国务院关于化解产能严重过剩矛盾的指导意见",
    name_en="Guiding Opinions on Resolving Severe Overcapacity",
    kind=InitiativeKind.POLICY_DOCUMENT,
    description_en=(
        "State Council guidance on resolving severe overcapacity in steel, cement,"
        " electrolytic aluminium, flat glass, shipbuilding and other industries"
        " (Guo Fa [2013] No. 41, published October 2013), whose issue the ministry pushed"
        " for in 2013."
    ),
    citations=(
        Citation(
            publisher="Caixin (财新网)",
            title="国务院关于化解产能严重过剩矛盾的指导意见",
            url="http://economy.caixin.com/2013-10-15/100592035.html",
            date=datetime.date(2013, 10, 15),
            reliability=Reliability.SECONDARY,
            note="Reproduces the document with its number, 国发〔2013〕41号.",
        ),
    ),
)

#: Air Pollution Prevention and Control Action Plan ('Ten Measures on Air') (大气污染防治行动计划).
AIR_POLLUTION_ACTION_PLAN = Initiative(
    **named("initiative.air-pollution-action-plan", "大气污染防治行动计划", "大气十条"),
    name_en="Air Pollution Prevention and Control Action Plan ('Ten Measures on Air')",
    kind=InitiativeKind.POLICY_DOCUMENT,
    description_en=(
        "The State Council's action plan against air pollution (Guo Fa [2013] No. 37,"
        " September 2013), called 大气十条 for its ten measures; the report implements it in"
        " industry, notably for cleaner production around Beijing, Tianjin and Hebei."
    ),
    citations=(
        Citation(
            publisher="Ministry of Environmental Protection of the People's Republic of China",
            title=(
                "The State Council Issues Action Plan on Prevention and Control of Air"
                " Pollution Introducing Ten Measures to Improve Air Quality"
            ),
            url="http://english.mee.gov.cn/News_service/infocus/201309/t20130924_260707.shtml",
            date=datetime.date(2013, 9, 24),
            reliability=Reliability.OFFICIAL_MEDIA,
            note="A government ministry reporting the State Council's plan; not its issuer.",
        ),
        Citation(
            publisher="中国台湾网 (taiwan.cn)",
            title="国务院关于印发大气污染防治行动计划的通知",
            url="http://taiwan.cn/xwzx/PoliticsNews/201309/t20130912_4871688.htm",
            date=datetime.date(2013, 9, 12),
            reliability=Reliability.OFFICIAL_MEDIA,
            note=(
                "Reprints the notice, 国发〔2013〕37号, from the General Office of the State"
                " Council."
            ),
        ),
    ),
)

#: Special Action Plan to Assist Small and Micro Enterprises (扶助小微企业专项行动计划).
SMALL_AND_MICRO_ENTERPRISE_ACTION_PLAN = Initiative(
    **named("initiative.small-and-micro-enterprise-action-plan", "扶助小微企业专项行动计划"),
    name_en="Special Action Plan to Assist Small and Micro Enterprises",
    kind=InitiativeKind.PROGRAMME,
    description_en=(
        "A plan of special actions to assist small and micro enterprises, carried out in"
        " 2013 together with building the service system for small and medium-sized"
        " enterprises."
    ),
)

#: Industrial Foundation Strengthening Project (工业强基工程).
INDUSTRIAL_FOUNDATION_STRENGTHENING_PROJECT = Initiative(
    **named("initiative.industrial-foundation-strengthening-project", "工业强基工程"),
    name_en="Industrial Foundation Strengthening Project",
    kind=InitiativeKind.PROGRAMME,
    description_en=(
        "A project to strengthen industry's foundations, carried out in 2013 and continued"
        " in 2014 to achieve breakthroughs in generic key technologies in equipment"
        " manufacturing, electronic information and other key fields."
    ),
)

#: Special Programme for the Development of Strategic Emerging Industries (战略性新兴产业发展专项).
STRATEGIC_EMERGING_INDUSTRIES_PROGRAMME = Initiative(
    **named("initiative.strategic-emerging-industries-programme", "战略性新兴产业发展专项"),
    name_en="Special Programme for the Development of Strategic Emerging Industries",
    kind=InitiativeKind.PROGRAMME,
    description_en=(
        "A special programme for developing strategic emerging industries, carried out in"
        " 2013 together with the Industrial Foundation Strengthening Project."
    ),
)

#: Chang'e-3 (嫦娥三号).
CHANGE_3 = Initiative(
    **named("initiative.change-3", "嫦娥三号"),
    name_en="Chang'e-3",
    kind=InitiativeKind.MISSION,
    description_en=(
        "China's Chang'e-3 lunar mission, which the report lists among the achievements of"
        " 2013 as successfully completed."
    ),
)

#: Special Action Plan for the Integration of Informatization and Industrialization
#: (两化融合专项行动计划).
INFORMATIZATION_INDUSTRIALIZATION_ACTION_PLAN = Initiative(
    **named("initiative.informatization-industrialization-action-plan", "两化融合专项行动计划"),
    name_en="Special Action Plan for the Integration of Informatization and Industrialization",
    kind=InitiativeKind.PROGRAMME,
    description_en=(
        "An action plan for integrating informatization and industrialization, drawn up and"
        " put into effect in 2013."
    ),
)

#: Broadband China (宽带中国).
BROADBAND_CHINA = Initiative(
    **named("initiative.broadband-china", "宽带中国"),
    name_en="Broadband China",
    kind=InitiativeKind.STRATEGY,
    description_en=(
        "The national broadband strategy of the State Council's 'Broadband China' Strategy"
        " and Implementation Plan (Guo Fa [2013] No. 31, announced in August 2013), which"
        " made broadband development a national strategy; the ministry pushed for it to be"
        " issued, and the report calls for implementing it in full."
    ),
    citations=(
        Citation(
            publisher="China Daily (Xinhua)",
            title="China expects nationwide broadband by 2020",
            url="http://europe.chinadaily.com.cn/business/2013-08/19/content_16903350.htm",
            date=datetime.date(2013, 8, 19),
            reliability=Reliability.OFFICIAL_MEDIA,
            note=(
                "The State Council announced the strategy on Saturday 17 August 2013 and"
                " elevated broadband development to a national strategy."
            ),
        ),
        Citation(
            publisher="chinaccl.cn",
            title="国务院印发《“宽带中国”战略及实施方案 》",
            url="http://chinaccl.cn/zcfg/fg80.htm",
            date=datetime.date(2013, 8, 10),
            reliability=Reliability.SECONDARY,
            note=(
                "Gives the document number, 国发〔2013〕31号, citing the central government's"
                " website."
            ),
        ),
    ),
)

#: Real-name Registration of Telephone Users (电话实名制登记).
TELEPHONE_REAL_NAME_REGISTRATION = Initiative(
    **named("initiative.telephone-real-name-registration", "电话实名制登记", "电话用户实名登记"),
    name_en="Real-name Registration of Telephone Users",
    kind=InitiativeKind.PROGRAMME,
    description_en=(
        "Registration of telephone users under their real names, launched in 2013 and to be"
        " pushed further in 2014 as part of network and information security."
    ),
)

#: The Party's Mass Line Education and Practice Campaign (党的群众路线教育实践活动).
MASS_LINE_CAMPAIGN = Initiative(
    **named("initiative.mass-line-campaign", "党的群众路线教育实践活动"),
    name_en="The Party's Mass Line Education and Practice Campaign",
    kind=InitiativeKind.CAMPAIGN,
    description_en=(
        "The Communist Party's campaign of education and practice on the mass line (keeping"
        " close to the people), which the industry and information technology system carried out"
        " in 2013."
    ),
)

#: The two "36 articles" documents (两个36条).
TWO_36_ARTICLES = Initiative(
    **named("initiative.two-36-articles", "两个36条"),
    name_en='The two "36 articles" documents',
    kind=InitiativeKind.POLICY_DOCUMENT,
    description_en=(
        "Two State Council documents of 36 articles each on the non-public economy: the"
        " 2005 Several Opinions on Encouraging, Supporting and Guiding the Development of"
        " the Individual, Private and Other Non-public Economy, and the 2010 Several Opinions"
        " on Encouraging and Guiding the Healthy Development of Private Investment."
    ),
    citations=(
        Citation(
            publisher="中华工商时报 (cbt.com.cn)",
            title="“两个36条”:为民营企业开大门",
            url="http://cbt.com.cn/cj/hg/201901/t20190114_95150.html",
            date=datetime.date(2019, 1, 14),
            reliability=Reliability.SECONDARY,
            note=(
                "Names the two documents: 《国务院关于鼓励支持和引导个体私营等非公有制经济发展的"
                "若干意见》 (2005) and 《国务院关于鼓励和引导民间投资健康发展的若干意见》 (2010)."
            ),
        ),
    ),
)

#: Replacing business tax with value-added tax (营改增).
BUSINESS_TAX_TO_VAT = Initiative(
    **named("initiative.business-tax-to-vat", "营改增"),
    full_name_zh="营业税改征增值税",
    name_en="Replacing business tax with value-added tax",
    kind=InitiativeKind.TAX_REFORM,
    description_en=(
        "The reform replacing business tax with value-added tax, one of the tax reforms the"
        " ministry is to study and help implement with other departments."
    ),
)

#: Transformation and Upgrading Action Plan (转型升级行动计划).
TRANSFORMATION_AND_UPGRADING_ACTION_PLAN = Initiative(
    **named("initiative.transformation-and-upgrading-action-plan", "转型升级行动计划"),
    name_en="Transformation and Upgrading Action Plan",
    kind=InitiativeKind.PROGRAMME,
    description_en=(
        "The action plan for transformation and upgrading whose '6+1' special actions are to"
        " carry the work of 2014."
    ),
)

#: Special Action for Quality and Brand Innovation in Industrial Products
#: (工业产品质量品牌创新专项行动).
PRODUCT_QUALITY_AND_BRAND_INNOVATION_ACTION = Initiative(
    **named(
        "initiative.product-quality-and-brand-innovation-action", "工业产品质量品牌创新专项行动"
    ),
    name_en="Special Action for Quality and Brand Innovation in Industrial Products",
    kind=InitiativeKind.PROGRAMME,
    description_en=(
        "A special action for innovation in the quality and brands of industrial products,"
        " to be carried out in 2014."
    ),
)

#: Three-network convergence (三网融合).
THREE_NETWORK_CONVERGENCE = Initiative(
    **named("initiative.three-network-convergence", "三网融合"),
    name_en="Three-network convergence",
    kind=InitiativeKind.PROGRAMME,
    description_en=(
        "Convergence of the telecommunications, broadcast television and internet networks;"
        " in 2014 the ministry is to implement the plan for its roll-out stage and extend"
        " two-way entry into each other's services nationwide."
    ),
)

#: Information consumption pilot cities, counties and districts (信息消费试点).
INFORMATION_CONSUMPTION_PILOTS = Initiative(
    **named("initiative.information-consumption-pilots", "信息消费试点"),
    name_en="Information consumption pilot cities, counties and districts",
    kind=InitiativeKind.PROGRAMME,
    description_en=(
        "Pilot cities, counties and districts for information consumption; the second batch"
        " is to be built in 2014."
    ),
)

#: Smart city pilots (智慧城市试点).
SMART_CITY_PILOTS = Initiative(
    **named("initiative.smart-city-pilots", "智慧城市试点"),
    name_en="Smart city pilots",
    kind=InitiativeKind.PROGRAMME,
    description_en=(
        "Pilots in building smart cities, to be carried out in 2014 alongside drawing up"
        " standards for smart city construction."
    ),
)

#: Catalogue of Investment Projects Subject to Government Approval (政府核准投资项目目录).
GOVERNMENT_APPROVED_INVESTMENT_CATALOGUE = Initiative(
    **named("initiative.government-approved-investment-catalogue", "政府核准投资项目目录"),
    name_en="Catalogue of Investment Projects Subject to Government Approval",
    kind=InitiativeKind.POLICY_DOCUMENT,
    description_en=(
        "The catalogue of investment projects that need government approval; the report"
        " calls for implementing its new edition and carrying out the approval duties it"
        " assigns."
    ),
)

#: State Council Document No. 14 (Guo Fa [2012] No. 14) (国发14号文件).
STATE_COUNCIL_DOCUMENT_2012_14 = Initiative(
    **named("initiative.state-council-document-2012-14", "国发14号文件"),
    full_name_zh="国务院关于进一步支持小型微型企业健康发展的意见",
    name_en="State Council Document No. 14 (Guo Fa [2012] No. 14)",
    kind=InitiativeKind.POLICY_DOCUMENT,
    description_en=(
        "The State Council's Opinions on Further Supporting the Healthy Development of Small"
        " and Micro Enterprises (Guo Fa [2012] No. 14); the report calls for stronger"
        " implementation through the State Council's coordination mechanism for promoting"
        " the development of small and medium-sized enterprises."
    ),
    citations=(
        Citation(
            publisher="sichardware.com",
            title=(
                "Small and micro enterprise health development key work department division"
                " of labor program issued"
            ),
            url="http://www.sichardware.com/news-small-and-micro-enterprise-health-1228.html",
            reliability=Reliability.SECONDARY,
            note=(
                "Quotes a 2012 State Council General Office notice that cites the Opinions of"
                " the State Council on Further Supporting the Healthy Development of Small and"
                " Micro Enterprises (Guo Fa [2012] No. 14)."
            ),
        ),
        Citation(
            publisher="flfgdq.cn",
            title="国务院关于进一步支持小型微型企业健康发展的意见(2012年)",
            url=(
                "https://flfgdq.cn/law/%e5%9b%bd%e5%8a%a1%e9%99%a2%e5%85%b3%e4%ba%8e%e8%bf%9b"
                "%e4%b8%80%e6%ad%a5%e6%94%af%e6%8c%81%e5%b0%8f%e5%9e%8b%e5%be%ae%e5%9e%8b"
                "%e4%bc%81%e4%b8%9a%e5%81%a5%e5%ba%b7%e5%8f%91%e5%b1%95%e7%9a%84%e6%84%8f"
                "%e8%a7%81-2012%e5%b9%b4"
            ),
            reliability=Reliability.SECONDARY,
            note="The text of the document under its full Chinese title.",
        ),
    ),
)

#: Specialized, refined, distinctive and innovative (专精特新).
SPECIALIZED_REFINED_DISTINCTIVE_INNOVATIVE = Initiative(
    **named("initiative.specialized-refined-distinctive-innovative", "专精特新"),
    name_en="Specialized, refined, distinctive and innovative",
    kind=InitiativeKind.POLICY,
    description_en=(
        "The orientation for small and medium-sized enterprises to develop in a specialized,"
        " refined, distinctive and innovative way, which the report promotes through public"
        " service platforms for them."
    ),
)

#: Core electronic components, high-end general-purpose chips and basic software (核高基).
CORE_ELECTRONICS_HIGH_END_CHIPS_BASIC_SOFTWARE = Initiative(
    **named("initiative.core-electronics-high-end-chips-basic-software", "核高基"),
    full_name_zh="核心电子器件、高端通用芯片及基础软件产品",
    name_en="Core electronic components, high-end general-purpose chips and basic software",
    kind=InitiativeKind.PROGRAMME,
    description_en=(
        "The major special project on core electronic components, high-end general-purpose"
        " chips and basic software products, which the report continues in 2014 to make the"
        " information industry more competitive."
    ),
)

#: Major Special Project on New-generation Broadband Wireless Mobile Communication Networks
#: (新一代宽带无线移动通信网重大专项).
BROADBAND_WIRELESS_MOBILE_MAJOR_PROJECT = Initiative(
    **named(
        "initiative.broadband-wireless-mobile-major-project", "新一代宽带无线移动通信网重大专项"
    ),
    name_en=(
        "Major Special Project on New-generation Broadband Wireless Mobile Communication Networks"
    ),
    kind=InitiativeKind.PROGRAMME,
    description_en=(
        "The major special project on new-generation broadband wireless mobile"
        " communication networks, which the report continues in 2014."
    ),
)

#: Special Action against Obscene and Pornographic Content in Mobile Internet Apps
#: (整治移动互联网应用淫秽色情信息专项行动).
MOBILE_APP_PORNOGRAPHY_CAMPAIGN = Initiative(
    **named("initiative.mobile-app-pornography-campaign", "整治移动互联网应用淫秽色情信息专项行动"),
    name_en="Special Action against Obscene and Pornographic Content in Mobile Internet Apps",
    kind=InitiativeKind.CAMPAIGN,
    description_en=(
        "A special campaign, to be launched in 2014, against obscene and pornographic"
        " content in mobile internet applications."
    ),
)

#: Eight-point Decision (八项规定).
EIGHT_POINT_DECISION = Initiative(
    **named("initiative.eight-point-decision", "八项规定"),
    full_name_zh="关于改进工作作风、密切联系群众的八项规定",
    name_en="Eight-point Decision",
    kind=InitiativeKind.POLICY_DOCUMENT,
    description_en=(
        "The decision of the Political Bureau of the Communist Party's Central Committee of"
        " 4 December 2012 on improving work conduct and keeping close ties with the people;"
        " the meeting cites it for its pared-down format."
    ),
    citations=(
        Citation(
            publisher="China.org.cn",
            title="Eight-Point Decision on Improving Party and Government Conduct",
            url="http://www.china.org.cn/english/china_key_words/2019-04/16/content_74687559.htm",
            date=datetime.date(2019, 4, 16),
            reliability=Reliability.OFFICIAL_MEDIA,
            note="States that the Political Bureau issued the decision on 4 December 2012.",
        ),
        Citation(
            publisher="China.org.cn",
            title="Tám quy định của Trung ương",
            url="http://vietnamese.china.org.cn/china_key_words/2019-04/17/content_74690007.htm",
            date=datetime.date(2019, 4, 17),
            reliability=Reliability.OFFICIAL_MEDIA,
            note=(
                "Its Chinese text: on 4 December 2012 the Political Bureau fixed the"
                " 关于改进工作作风、密切联系群众的八项规定."
            ),
        ),
    ),
)

#: Every initiative, in the order of its first mention.
INITIATIVES: tuple[Initiative, ...] = (
    INITIATIVE_18TH_PARTY_CONGRESS,
    INITIATIVE_2ND_PLENUM_18TH_CENTRAL_COMMITTEE,
    INITIATIVE_3RD_PLENUM_18TH_CENTRAL_COMMITTEE,
    CENTRAL_ECONOMIC_WORK_CONFERENCE,
    SIX_PLUS_ONE_SPECIAL_ACTIONS,
    INDUSTRIAL_QUALITY_AND_BRAND_CAPABILITY_ACTION,
    OPINIONS_ON_INFORMATION_CONSUMPTION,
    GUIDANCE_ON_SEVERE_OVERCAPACITY,
    AIR_POLLUTION_ACTION_PLAN,
    SMALL_AND_MICRO_ENTERPRISE_ACTION_PLAN,
    INDUSTRIAL_FOUNDATION_STRENGTHENING_PROJECT,
    STRATEGIC_EMERGING_INDUSTRIES_PROGRAMME,
    CHANGE_3,
    INFORMATIZATION_INDUSTRIALIZATION_ACTION_PLAN,
    BROADBAND_CHINA,
    TELEPHONE_REAL_NAME_REGISTRATION,
    MASS_LINE_CAMPAIGN,
    TWO_36_ARTICLES,
    BUSINESS_TAX_TO_VAT,
    TRANSFORMATION_AND_UPGRADING_ACTION_PLAN,
    PRODUCT_QUALITY_AND_BRAND_INNOVATION_ACTION,
    THREE_NETWORK_CONVERGENCE,
    INFORMATION_CONSUMPTION_PILOTS,
    SMART_CITY_PILOTS,
    GOVERNMENT_APPROVED_INVESTMENT_CATALOGUE,
    STATE_COUNCIL_DOCUMENT_2012_14,
    SPECIALIZED_REFINED_DISTINCTIVE_INNOVATIVE,
    CORE_ELECTRONICS_HIGH_END_CHIPS_BASIC_SOFTWARE,
    BROADBAND_WIRELESS_MOBILE_MAJOR_PROJECT,
    MOBILE_APP_PORNOGRAPHY_CAMPAIGN,
    EIGHT_POINT_DECISION,
)
