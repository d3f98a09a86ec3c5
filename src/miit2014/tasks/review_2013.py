"""The review of 2013: paragraphs 2-7, from 会议指出 to the education campaign.

Paragraph 2 opens the review; paragraphs 3-6 are its numbered items 一是…四是;
paragraph 7 holds the two closing items, administrative approval reform (同时，…) and the
mass line education and practice campaign. Review sentences are rendered in the past
tense without a subject, as the Chinese has none; the system meant is the industry and
information technology system named in paragraph 2.
"""

from __future__ import annotations

from ..model.base import quoted
from ..model.task import TaskKind
from ._build import Subtree, branch, leaf

REVIEW_2013: Subtree = branch(
    id="review-2013",
    kind=TaskKind.SECTION,
    title_en="Review of the work in 2013",
    children=(
        leaf(
            **quoted("review-2013.point-1", "会议指出，2013年是新一届政府的开局之年。"),
            kind=TaskKind.CONTEXT,
            title_en="2013, the new government's first year",
            text_en="The meeting noted that 2013 was the first year of the new government.",
        ),
        leaf(
            **quoted(
                "review-2013.point-2",
                "面对错综复杂的国内外形势，工业和信息化系统深入贯彻落实党的十八大精神，坚持稳中求进的工作总基调，统筹稳增长、调结构、促改革，以转型升级“6+1”专项行动为抓手，狠抓各项重大政策措施的落实，重点工作取得新进展。",
            ),
            kind=TaskKind.ACTION,
            title_en="How the system worked in 2013",
            text_en=(
                "Facing a complex domestic and international situation, the industry and "
                "information technology system thoroughly implemented the guiding principles of "
                "the 18th Party Congress, kept to making progress while maintaining stability as "
                "the general principle of its work, balanced the tasks of stabilizing growth, "
                'adjusting the structure and promoting reform, took the "6+1" special actions for '
                "transformation and upgrading as its lever, worked hard to carry out every major "
                "policy measure, and made new progress in its key work."
            ),
        ),
        branch(
            id="review-2013.item-1",
            kind=TaskKind.REVIEW_ITEM,
            title_en="Expanding domestic demand to promote steady industrial growth",
            heading_zh="一是扩大内需促进工业平稳增长。",
            heading_en="First, expanding domestic demand to promote steady industrial growth.",
            children=(
                leaf(
                    **quoted(
                        "review-2013.item-1.point-1",
                        "注重通过改善和优化供给激发消费活力，开展了工业质量品牌能力提升专项行动，加大技术改造工作力度，推动出台促进信息消费扩大内需的若干意见，发放了4G牌照。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Supply-side measures to stimulate consumption; 4G licences",
                    text_en=(
                        "Focused on stimulating consumption by improving and optimizing supply: "
                        "carried out the Special Action to Raise Industrial Quality and Brand "
                        "Capability, stepped up technical renovation, pushed for the issue of the "
                        "Several Opinions on Promoting Information Consumption to Expand Domestic "
                        "Demand, and issued 4G licences."
                    ),
                ),
                leaf(
                    **quoted(
                        "review-2013.item-1.point-2",
                        "预计全年，规模以上工业增加值增长9.8%左右，利润增长13%；信息消费规模超过2万亿元，增长25%左右，电信业务收入、软件和信息技术服务业收入分别增长8.4%和25%。",
                    ),
                    kind=TaskKind.RESULT,
                    title_en=(
                        "2013 estimates: industrial growth, information consumption, telecom and "
                        "software revenue"
                    ),
                    text_en=(
                        "For the full year, value added of industrial enterprises above designated "
                        "size is expected to grow by about 9.8% and their profits by 13%; "
                        "information consumption is expected to exceed 2 trillion yuan, growing by "
                        "about 25%, and revenue from telecom services and revenue of the software "
                        "and information technology services industry to grow by 8.4% and 25% "
                        "respectively."
                    ),
                ),
            ),
        ),
        branch(
            id="review-2013.item-2",
            kind=TaskKind.REVIEW_ITEM,
            title_en="Adjusting the industrial structure",
            heading_zh="二是推动工业结构调整。",
            heading_en="Second, promoting the adjustment of the industrial structure.",
            children=(
                leaf(
                    **quoted(
                        "review-2013.item-2.point-1",
                        "推动出台了化解产能严重过剩矛盾的指导意见，严禁新增产能，优化存量产能。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Resolving severe overcapacity",
                    text_en=(
                        "Pushed for the issue of the Guiding Opinions on Resolving Severe "
                        "Overcapacity, strictly prohibited new capacity and optimized existing "
                        "capacity."
                    ),
                ),
                leaf(
                    **quoted(
                        "review-2013.item-2.point-2",
                        "加快淘汰落后产能进度，19个工业行业1569家企业的落后生产线已实现关停。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Outdated lines of 1,569 enterprises shut down",
                    text_en=(
                        "Accelerated the pace of eliminating outdated production capacity: the "
                        "outdated production lines of 1,569 enterprises in 19 industrial sectors "
                        "have been shut down."
                    ),
                ),
                leaf(
                    **quoted(
                        "review-2013.item-2.point-3",
                        "落实“大气十条”，继续狠抓工业节能减排和清洁生产，单位工业增加值能耗和用水量分别降低4.8%和8%。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Air pollution, energy saving and cleaner production",
                    text_en=(
                        'Implemented the "Ten Measures on Air" and kept up strong efforts on '
                        "industrial energy conservation and emission reduction and on cleaner "
                        "production; energy consumption and water use per unit of industrial value "
                        "added fell by 4.8% and 8% respectively."
                    ),
                ),
                leaf(
                    **quoted(
                        "review-2013.item-2.point-4",
                        "实施了扶助小微企业专项行动计划，推进中小企业服务体系建设，带动了近2万家服务机构累计服务企业176万户。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Help for small and micro enterprises; SME service system",
                    text_en=(
                        "Carried out the Special Action Plan to Assist Small and Micro Enterprises "
                        "and advanced the building of the service system for small and "
                        "medium-sized enterprises, mobilizing nearly 20,000 service agencies, "
                        "which served a cumulative total of 1.76 million enterprises."
                    ),
                ),
                leaf(
                    **quoted(
                        "review-2013.item-2.point-5", "落实扶持政策，为600多万户小微企业减免税。"
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Tax relief for over 6 million small and micro enterprises",
                    text_en=(
                        "Implemented support policies, granting tax reductions or exemptions to "
                        "more than 6 million small and micro enterprises."
                    ),
                ),
            ),
        ),
        branch(
            id="review-2013.item-3",
            kind=TaskKind.REVIEW_ITEM,
            title_en="Promoting innovative development of industry",
            heading_zh="三是促进产业创新发展。",
            heading_en="Third, promoting the innovative development of industry.",
            children=(
                leaf(
                    **quoted(
                        "review-2013.item-3.point-1",
                        "实施工业强基工程和战略性新兴产业发展专项，新材料、高端装备制造、生物医药等研发及产业化稳步推进，节能和新能源汽车推广应用有序开展，TD-LTE系统和终端达到全面商用水平，物联网应用领域不断扩大。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en=(
                        "Foundation project, emerging industries, new-energy vehicles, TD-LTE, "
                        "Internet of Things"
                    ),
                    text_en=(
                        "Implemented the Industrial Foundation Strengthening Project and the "
                        "special programme for the development of strategic emerging industries; "
                        "research, development and industrialization in new materials, high-end "
                        "equipment manufacturing, biomedicine and other fields advanced steadily; "
                        "the promotion and application of energy-saving and new-energy vehicles "
                        "proceeded in an orderly way; TD-LTE systems and terminals reached the "
                        "level needed for full commercial use; and the fields in which the "
                        "Internet of Things is applied kept widening."
                    ),
                ),
                leaf(
                    **quoted(
                        "review-2013.item-3.point-2",
                        "认定了80家国家技术创新示范企业和32家国家级工业设计中心。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en=(
                        "80 innovation demonstration enterprises and 32 industrial design centres "
                        "recognized"
                    ),
                    text_en=(
                        "Recognized 80 national technological innovation demonstration enterprises "
                        "and 32 national-level industrial design centres."
                    ),
                ),
                leaf(
                    **quoted(
                        "review-2013.item-3.point-3",
                        "制修订了一批行业亟需标准，21项我国提案正式成为国际标准。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en=(
                        "Industry standards; 21 Chinese proposals became international standards"
                    ),
                    text_en=(
                        "Formulated or revised a batch of standards urgently needed by industries; "
                        "21 proposals from China formally became international standards."
                    ),
                ),
                leaf(
                    **quoted(
                        "review-2013.item-3.point-4",
                        "嫦娥三号任务圆满完成，军工核心能力建设成效显著，军民结合产业加快发展。",
                    ),
                    kind=TaskKind.RESULT,
                    title_en="Chang'e-3, defence industry capabilities, civil-military industries",
                    text_en=(
                        "The Chang'e-3 mission was successfully completed, the building of the core"
                        " capabilities of the defence industry achieved marked results, and "
                        "industries combining military and civilian production developed faster."
                    ),
                ),
            ),
        ),
        branch(
            id="review-2013.item-4",
            kind=TaskKind.REVIEW_ITEM,
            title_en=(
                "Integrating informatization and industrialization; network and information "
                "security"
            ),
            heading_zh="四是推进两化融合和维护网络信息安全。",
            heading_en=(
                "Fourth, advancing the integration of informatization and industrialization and "
                "safeguarding network and information security."
            ),
            children=(
                leaf(
                    **quoted(
                        "review-2013.item-4.point-1",
                        "制定实施了两化融合专项行动计划，启动编制企业两化融合管理体系标准。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Special action plan and management system standard for integration",
                    text_en=(
                        "Drew up and implemented the Special Action Plan for the Integration of "
                        "Informatization and Industrialization, and began drafting a standard for "
                        "enterprises on the management system for the integration of "
                        "informatization and industrialization."
                    ),
                ),
                leaf(
                    **quoted(
                        "review-2013.item-4.point-2",
                        "推动出台并加快实施“宽带中国”战略，截至11月底，全国4M及以上宽带用户占比达到77.4%。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Broadband China; 77.4% of broadband users at 4 Mbit/s or more",
                    text_en=(
                        "Pushed for the issue of the Broadband China strategy and sped up its "
                        "implementation; by the end of November, users of broadband at 4 Mbit/s or "
                        "more made up 77.4% of all broadband users nationwide."
                    ),
                ),
                leaf(
                    **quoted(
                        "review-2013.item-4.point-3",
                        "引导民间资本进一步进入电信业取得突破，批复了11家企业开展移动通信转售业务。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Private capital into telecoms: 11 mobile resale approvals",
                    text_en=(
                        "Made a breakthrough in guiding private capital further into the telecoms "
                        "industry, approving 11 enterprises to run mobile communications resale "
                        "business."
                    ),
                ),
                leaf(
                    **quoted(
                        "review-2013.item-4.point-4",
                        "推进网络与信息安全保障体系建设，启动实施电话实名制登记，改进互联网行业管理，完成重大活动通信、无线电和网络信息安全保障任务。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en=(
                        "Security assurance, telephone real-name registration, internet management"
                    ),
                    text_en=(
                        "Advanced the building of the network and information security assurance "
                        "system, launched real-name registration of telephone users, improved the "
                        "management of the internet industry, and fulfilled the tasks of "
                        "safeguarding communications, radio and network and information security "
                        "for major events."
                    ),
                ),
            ),
        ),
        leaf(
            **quoted(
                "review-2013.approval-reform",
                "同时，积极推进行政审批制度改革，加快政府职能转变、简政放权，取消和下放10项行政审批项目，加强事中事后管理，对保留的行政审批事项简化流程、规范管理。",
            ),
            kind=TaskKind.REVIEW_ITEM,
            title_en="Administrative approval reform: 10 items cancelled or delegated",
            text_en=(
                "At the same time, actively advanced the reform of the administrative approval "
                "system, sped up the transformation of government functions and the work of "
                "streamlining administration and delegating powers, cancelled or delegated 10 "
                "administrative approval items, strengthened ongoing and ex-post oversight, and "
                "simplified the procedures and standardized the management of the administrative "
                "approval items that remain."
            ),
        ),
        leaf(
            **quoted("review-2013.mass-line-campaign", "认真开展了党的群众路线教育实践活动。"),
            kind=TaskKind.REVIEW_ITEM,
            title_en="The Party's mass line education and practice campaign",
            text_en=(
                "Conscientiously carried out the Party's mass line education and practice campaign."
            ),
        ),
    ),
)
