"""The reforms the meeting stresses: paragraph 9 (会议强调…).

Two opening sentences, the four numbered reforms 一是…四是, and the tax reform item
introduced by 另外. Like the 2014 plan, the commitments are rendered as imperatives.
"""

from __future__ import annotations

from ..model.base import quoted
from ..model.task import TaskKind
from ._build import Subtree, branch, leaf

REFORMS: Subtree = branch(
    id="reforms",
    kind=TaskKind.SECTION,
    title_en="Reforms",
    children=(
        leaf(
            **quoted(
                "reforms.point-1",
                "会议强调，十八届三中全会对全面深化改革作出的重大决策部署，为新型工业化发展指明了方向，增添了动力。",
            ),
            kind=TaskKind.CONTEXT,
            title_en="The Third Plenum's reform decisions set the direction",
            text_en=(
                "The meeting stressed that the major decisions and arrangements for comprehensively"
                " deepening reform made by the Third Plenary Session of the 18th Central Committee "
                "have pointed the way for the development of new-type industrialization and given "
                "it fresh impetus."
            ),
        ),
        leaf(
            **quoted(
                "reforms.point-2",
                "工业和信息化系统要加快自身改革和职能转变步伐，积极推进和参与重要领域、关键环节改革。",
            ),
            kind=TaskKind.ACTION,
            title_en="Reform the system itself and take part in key reforms",
            text_en=(
                "The industry and information technology system is to speed up its own reform and "
                "the transformation of its functions, and actively advance and take part in reforms"
                " in important fields and at key points."
            ),
        ),
        branch(
            id="reforms.reform-1",
            kind=TaskKind.REFORM,
            title_en="Deepening administrative approval reform; better supervision",
            heading_zh="一是深化行政审批改革，提高监管水平。",
            heading_en=(
                "First, deepening the reform of administrative approval and raising the level of "
                "supervision."
            ),
            children=(
                leaf(
                    **quoted(
                        "reforms.reform-1.point-1",
                        "继续清理现有行政审批事项，到2014年底前部里的行政审批项目要减少三分之一以上，完善行政审批事项目录清单并向社会公开。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Cut the ministry's approval items by at least one third by end-2014",
                    text_en=(
                        "Continue to review the existing administrative approval items; by the end "
                        "of 2014, cut the ministry's administrative approval items by at least one "
                        "third; improve the catalogue of administrative approval items and make it "
                        "public."
                    ),
                ),
                leaf(
                    **quoted(
                        "reforms.reform-1.point-2",
                        "按照宽进严管原则，重点加强电信、无线电、烟草、稀土、民爆等领域的市场监管。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en=(
                        "Market supervision of telecoms, radio, tobacco, rare earths and civil "
                        "explosives"
                    ),
                    text_en=(
                        "Following the principle of lenient entry and strict oversight, strengthen "
                        "market supervision above all in telecoms, radio, tobacco, rare earths, "
                        "civil explosives and other fields."
                    ),
                ),
                leaf(
                    **quoted("reforms.reform-1.point-3", "探索建立企业经营异常名录和黑名单制度。"),
                    kind=TaskKind.ACTION,
                    title_en="Abnormal-operations register and blacklist",
                    text_en=(
                        "Explore setting up a register of enterprises with abnormal operations and "
                        "a blacklist system."
                    ),
                ),
            ),
        ),
        branch(
            id="reforms.reform-2",
            kind=TaskKind.REFORM,
            title_en="New ways of managing industries",
            heading_zh="二是创新行业管理方式。",
            heading_en="Second, finding new ways of managing industries.",
            children=(
                leaf(
                    **quoted(
                        "reforms.reform-2.point-1",
                        "进一步规范行业准入和公告管理，清理依据不足的准入条件和管理事项。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Industry entry and announcements; clear out ill-founded conditions",
                    text_en=(
                        "Further standardize the management of industry entry and of official "
                        "announcements (the published lists of qualifying enterprises and "
                        "products), and clear out entry conditions and administrative requirements "
                        "that lack a sufficient basis."
                    ),
                ),
                leaf(
                    **quoted("reforms.reform-2.point-2", "加快重点领域立法进程。"),
                    kind=TaskKind.ACTION,
                    title_en="Faster legislation in key fields",
                    text_en="Speed up legislation in key fields.",
                ),
                leaf(
                    **quoted(
                        "reforms.reform-2.point-3", "支持行业协会积极承接行业管理基础性工作。"
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Industry associations take on basic management work",
                    text_en=(
                        "Support industry associations in actively taking on the basic work of "
                        "industry management."
                    ),
                ),
            ),
        ),
        branch(
            id="reforms.reform-3",
            kind=TaskKind.REFORM,
            title_en="Supporting the non-public economy",
            heading_zh="三是支持非公有经济健康发展。",
            heading_en="Third, supporting the sound development of the non-public economy.",
            children=(
                leaf(
                    **quoted(
                        "reforms.reform-3.point-1",
                        "推动落实促进非公有制经济发展的“两个36条”，会同有关部门清理废除对非公有制经济各种形式的不合理规定。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en='Implement the two "36 articles"; abolish unreasonable rules',
                    text_en=(
                        'Push for implementation of the two "36 articles" documents on promoting '
                        "the development of the non-public economy, and, together with the relevant"
                        " departments, review and abolish unreasonable rules of every kind against "
                        "the non-public economy."
                    ),
                ),
            ),
        ),
        branch(
            id="reforms.reform-4",
            kind=TaskKind.REFORM,
            title_en="Reform in key industries",
            heading_zh="四是深化重点行业改革。",
            heading_en="Fourth, deepening reform in key industries.",
            children=(
                leaf(
                    **quoted(
                        "reforms.reform-4.point-1",
                        "开展民资进入移动转售、接入网等竞争性业务市场试点，完善电信资费市场化形成机制。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en=(
                        "Private capital pilots in mobile resale and access networks; telecom "
                        "tariffs"
                    ),
                    text_en=(
                        "Run pilots of private capital entering the markets for mobile resale, "
                        "access networks and other competitive businesses, and improve the "
                        "market-based mechanism for setting telecom tariffs."
                    ),
                ),
                leaf(
                    **quoted(
                        "reforms.reform-4.point-2",
                        "推进军工企业股份制改造和军工科研院所改革，改革和完善军品市场准入和退出制度，引导优势民营企业进入军品科研生产和维修领域，推进军民用技术双向转化。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Defence industry reform: shareholding, market entry, private firms",
                    text_en=(
                        "Advance the shareholding reform of defence industry enterprises and the "
                        "reform of defence research institutes, reform and improve the system of "
                        "entry to and exit from the market for military products, guide strong "
                        "private enterprises into the research, production and maintenance of "
                        "military products, and advance the two-way conversion of military and "
                        "civilian technologies."
                    ),
                ),
            ),
        ),
        leaf(
            **quoted(
                "reforms.tax-reform",
                "另外，配合有关部门积极推动，重点加强对“营改增”、消费税、资源税等税收改革措施的研究和落实，为工业转型升级提供政策和机制保障。",
            ),
            kind=TaskKind.REFORM,
            title_en="Tax reforms: VAT, consumption tax, resource tax",
            text_en=(
                "In addition, working with the relevant departments, actively push for, and above "
                "all do more to study and implement, tax reform measures such as replacing business"
                " tax with value-added tax and reforming consumption tax and resource tax, so as to"
                " give industrial transformation and upgrading policy and institutional support."
            ),
        ),
    ),
)
