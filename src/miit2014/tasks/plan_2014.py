"""The work for 2014: paragraphs 10-17.

Paragraph 10 is the general requirement, paragraph 11 makes the "6+1" special actions the
lever, and paragraphs 12-17 are the six key tasks 一是…六是. Commitments are rendered as
imperatives (the Chinese 要… is implied throughout).
"""

from __future__ import annotations

from ..model.base import quoted
from ..model.task import TaskKind
from ._build import Subtree, branch, leaf

PLAN_2014: Subtree = branch(
    id="plan-2014",
    kind=TaskKind.SECTION,
    title_en="Work for 2014",
    children=(
        leaf(
            **quoted(
                "plan-2014.general-requirement",
                "会议部署了2014年重点工作，总体要求是，全面贯彻落实党的十八大和十八届二中、三中全会及中央经济工作会议精神，坚持稳中求进，把改革创新贯穿于工作各方面，激发市场主体活力，强化创新驱动，推进两化深度融合，保持工业通信业持续健康发展，在转型升级、提质增效上迈出新步伐。",
            ),
            kind=TaskKind.GENERAL_REQUIREMENT,
            title_en="General requirement for 2014",
            text_en=(
                "The meeting set out the key work for 2014. The general requirement is to fully "
                "implement the guiding principles of the 18th Party Congress, of the Second and "
                "Third Plenary Sessions of the 18th Central Committee and of the Central Economic "
                "Work Conference; keep making progress while maintaining stability; carry reform "
                "and innovation through every aspect of the work; release the vitality of market "
                "players; strengthen innovation-driven development; advance the deep integration "
                "of informatization and industrialization; keep industry and the communications "
                "industry developing in a sustained and healthy way; and take new steps in "
                "transformation and upgrading and in raising quality and efficiency."
            ),
        ),
        branch(
            id="plan-2014.lever",
            kind=TaskKind.LEVER,
            title_en='The "6+1" special actions as the lever',
            children=(
                leaf(
                    **quoted(
                        "plan-2014.lever.point-1",
                        "会议要求，明年各项工作都要体现改革创新的精神、思路和办法。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Reform and innovation in all work",
                    text_en=(
                        "The meeting required that all work next year embody the spirit, thinking "
                        "and methods of reform and innovation."
                    ),
                ),
                leaf(
                    **quoted(
                        "plan-2014.lever.point-2",
                        "要以转型升级行动计划“6+1”专项行动为抓手，突出重点、集聚资源，努力完成好6个方面工作任务。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en='The "6+1" special actions carry the six key tasks',
                    text_en=(
                        'Taking the "6+1" special actions of the Transformation and Upgrading '
                        "Action Plan as the lever, focus on priorities, pool resources and strive "
                        "to fulfil the tasks in six areas."
                    ),
                ),
            ),
        ),
        branch(
            id="plan-2014.task-1",
            kind=TaskKind.KEY_TASK,
            title_en="New sources of demand growth; steady industrial operation",
            heading_zh="一是培育新的需求增长点，保持工业平稳运行。",
            heading_en=(
                "First, fostering new sources of demand growth and keeping industry running "
                "steadily."
            ),
            children=(
                leaf(
                    **quoted(
                        "plan-2014.task-1.point-1",
                        "优化工业产品供给，满足居民对大宗耐用消费品及新兴消费领域产品的需求。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Better supply of industrial products",
                    text_en=(
                        "Optimize the supply of industrial products to meet households' demand for "
                        "major durable consumer goods and for products in emerging fields of "
                        "consumption."
                    ),
                ),
                leaf(
                    **quoted(
                        "plan-2014.task-1.point-2",
                        "实施工业产品质量品牌创新专项行动，提升食品药品质量安全保障能力，加大节能与新能源汽车、节能高效家电、新型电光源等的推广力度。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Quality and brands; food and drug safety; energy-saving products",
                    text_en=(
                        "Carry out the Special Action for Quality and Brand Innovation in "
                        "Industrial Products, strengthen the capacity to assure the quality and "
                        "safety of food and drugs, and step up the promotion of energy-saving and "
                        "new-energy vehicles, energy-efficient household appliances, new types of "
                        "electric light sources and the like."
                    ),
                ),
                leaf(
                    **quoted(
                        "plan-2014.task-1.point-3",
                        "大力培育信息消费，支持4G加快发展，2014年底前4G商用城市超过300个，用户超过3000万。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en=(
                        "Information consumption; 4G in more than 300 cities with more than 30 "
                        "million users by end-2014"
                    ),
                    text_en=(
                        "Vigorously foster information consumption and support faster development "
                        "of 4G: by the end of 2014, 4G is to be in commercial use in more than 300 "
                        "cities and to have more than 30 million users."
                    ),
                ),
                leaf(
                    **quoted(
                        "plan-2014.task-1.point-4",
                        "落实“三网融合”推广阶段实施方案，加快将业务双向进入扩大至全国，力争IPTV用户数突破3300万。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en=(
                        "Three-network convergence nationwide; striving for more than 33 million "
                        "IPTV users"
                    ),
                    text_en=(
                        "Implement the plan for the roll-out stage of three-network convergence, "
                        "speed up the nationwide extension of two-way entry, by which broadcasting "
                        "and telecom operators enter each other's businesses, and strive for more "
                        "than 33 million IPTV users."
                    ),
                ),
                leaf(
                    **quoted(
                        "plan-2014.task-1.point-5",
                        "制订智慧城市建设标准，开展第二批信息消费试点市（县、区）建设和智慧城市试点。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Smart city standards; information consumption and smart city pilots",
                    text_en=(
                        "Draw up standards for building smart cities, and launch the second batch "
                        "of information consumption pilot cities (counties, districts) and smart "
                        "city pilots."
                    ),
                ),
                leaf(
                    **quoted(
                        "plan-2014.task-1.point-6",
                        "落实新版政府核准投资项目目录，认真履行核准职责，完善管理程序，依法加强监管。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Approval of investment projects under the new catalogue",
                    text_en=(
                        "Implement the new edition of the catalogue of investment projects subject "
                        "to government approval, carry out approval duties conscientiously, improve"
                        " management procedures, and strengthen supervision in accordance with the "
                        "law."
                    ),
                ),
                leaf(
                    **quoted(
                        "plan-2014.task-1.point-7",
                        "加强经济运行动态特别是产能过剩行业的监测分析，强化市场导向和服务企业意识，做好要素保障和政策协调，努力促进工业平稳运行。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Monitoring economic performance; policy coordination",
                    text_en=(
                        "Strengthen the monitoring and analysis of how the economy is performing, "
                        "especially in industries with overcapacity; give more weight to market "
                        "orientation and to serving enterprises; secure the supply of production "
                        "factors and coordinate policies well; and strive to keep industry running "
                        "steadily."
                    ),
                ),
            ),
        ),
        branch(
            id="plan-2014.task-2",
            kind=TaskKind.KEY_TASK,
            title_en="Structural adjustment and industrial upgrading",
            heading_zh="二是加快结构调整，促进产业优化升级。",
            heading_en=(
                "Second, speeding up structural adjustment and promoting the optimization and "
                "upgrading of industry."
            ),
            children=(
                leaf(
                    **quoted(
                        "plan-2014.task-2.point-1",
                        "以钢铁、电解铝、水泥、平板玻璃等行业为重点，提高并严格执行能耗、环保和安全等行业准入标准，推动建立化解产能严重过剩矛盾长效机制。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en=(
                        "Stricter entry standards in steel, aluminium, cement and flat glass; a "
                        "mechanism against overcapacity"
                    ),
                    text_en=(
                        "Focusing on steel, electrolytic aluminium, cement, flat glass and other "
                        "industries, raise and strictly enforce industry entry standards on energy "
                        "consumption, environmental protection, safety and other matters, and push "
                        "for a long-term mechanism for resolving severe overcapacity."
                    ),
                ),
                leaf(
                    **quoted(
                        "plan-2014.task-2.point-2",
                        "加大淘汰落后产能工作力度，落实2014年淘汰落后产能任务。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Eliminating outdated capacity in 2014",
                    text_en=(
                        "Step up the work of eliminating outdated production capacity and fulfil "
                        "the 2014 tasks for eliminating outdated production capacity."
                    ),
                ),
                leaf(
                    **quoted(
                        "plan-2014.task-2.point-3",
                        "推动出台进一步鼓励企业兼并重组的意见，重点引导钢铁、水泥、船舶、光伏、婴幼儿配方乳粉等行业企业兼并重组。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en=(
                        "Mergers in steel, cement, shipbuilding, photovoltaics and infant formula"
                    ),
                    text_en=(
                        "Push for the issue of opinions on further encouraging mergers and "
                        "restructuring of enterprises, and guide mergers and restructuring above "
                        "all among enterprises in steel, cement, shipbuilding, photovoltaic, infant"
                        " formula milk powder and other industries."
                    ),
                ),
                leaf(
                    **quoted(
                        "plan-2014.task-2.point-4",
                        "落实大气污染防治行动计划，提升京津冀及周边地区工业企业清洁生产水平，开展煤炭清洁利用技术研发攻关和示范，建设一批节水关键技术产业化示范工程。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en=(
                        "Cleaner production around Beijing-Tianjin-Hebei; clean coal; water-saving "
                        "technology"
                    ),
                    text_en=(
                        "Implement the Air Pollution Prevention and Control Action Plan, raise the "
                        "level of cleaner production of industrial enterprises in Beijing, "
                        "Tianjin, Hebei and the surrounding areas, carry out research, development "
                        "and demonstration to achieve breakthroughs in technologies for the clean "
                        "use of coal, and build a number of demonstration projects for "
                        "industrializing key water-saving technologies."
                    ),
                ),
                leaf(
                    **quoted(
                        "plan-2014.task-2.point-5",
                        "以航空、卫星及应用、轨道交通、海洋工程、智能制造等装备为重点，促进装备制造业向高端发展，提升基础配套能力及产品可靠性。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="High-end equipment manufacturing",
                    text_en=(
                        "Focusing on aviation, satellites and their applications, rail transit, "
                        "marine engineering, intelligent manufacturing and other equipment, push "
                        "the equipment manufacturing industry towards the high end and improve "
                        "basic supporting capabilities and product reliability."
                    ),
                ),
                leaf(
                    **quoted(
                        "plan-2014.task-2.point-6",
                        "研究制定推进产业合理有序转移的实施意见，创建若干产业转移合作示范园区，提升新型工业化示范基地建设水平。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Orderly industrial transfer; demonstration parks and bases",
                    text_en=(
                        "Study and draw up implementing opinions on promoting the rational and "
                        "orderly transfer of industry, create a number of demonstration parks for "
                        "cooperation in industrial transfer, and raise the standard of the "
                        "demonstration bases of new-type industrialization."
                    ),
                ),
            ),
        ),
        branch(
            id="plan-2014.task-3",
            kind=TaskKind.KEY_TASK,
            title_en="Innovation-driven development; core competitiveness",
            heading_zh="三是强化创新驱动，提升产业核心竞争力。",
            heading_en=(
                "Third, strengthening innovation-driven development and raising the core "
                "competitiveness of industry."
            ),
            children=(
                leaf(
                    **quoted(
                        "plan-2014.task-3.point-1",
                        "优化企业创新政策环境，落实促进企业创新的财税政策。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Policy environment and fiscal and tax policies for innovation",
                    text_en=(
                        "Improve the policy environment for innovation by enterprises, and "
                        "implement fiscal and tax policies that promote enterprise innovation."
                    ),
                ),
                leaf(
                    **quoted(
                        "plan-2014.task-3.point-2",
                        "继续开展国家技术创新示范企业认定，建设一批企业主导的产业创新联盟。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Innovation demonstration enterprises; innovation alliances",
                    text_en=(
                        "Continue recognizing national technological innovation demonstration "
                        "enterprises, and build a number of enterprise-led industrial innovation "
                        "alliances."
                    ),
                ),
                leaf(
                    **quoted(
                        "plan-2014.task-3.point-3",
                        "实施工业强基工程，支持装备制造、电子信息等重点领域突破一批共性关键技术。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en=(
                        "Industrial Foundation Strengthening Project; generic key technologies"
                    ),
                    text_en=(
                        "Implement the Industrial Foundation Strengthening Project, and support "
                        "breakthroughs in a number of generic key technologies in equipment "
                        "manufacturing, electronic information and other key fields."
                    ),
                ),
                leaf(
                    **quoted(
                        "plan-2014.task-3.point-4",
                        "培育发展战略性新兴产业等新兴业态，组织实施重大创新发展工程和应用示范工程，加强关键核心和共性技术攻关，推进科技成果产业化。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en=(
                        "Strategic emerging industries; major projects; industrializing research "
                        "results"
                    ),
                    text_en=(
                        "Foster and develop strategic emerging industries and other new forms of "
                        "business, organize and implement major innovation and development "
                        "projects and application demonstration projects, step up efforts to "
                        "achieve breakthroughs in key and core technologies and in generic "
                        "technologies, and advance the industrialization of scientific and "
                        "technological achievements."
                    ),
                ),
                leaf(
                    **quoted(
                        "plan-2014.task-3.point-5",
                        "在交通、公共安全等重点领域开展物联网应用示范，继续推进无锡示范区建设。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Internet of Things demonstrations; the Wuxi demonstration zone",
                    text_en=(
                        "Carry out Internet of Things application demonstrations in transport, "
                        "public security and other key fields, and continue building the Wuxi "
                        "demonstration zone."
                    ),
                ),
                leaf(
                    **quoted(
                        "plan-2014.task-3.point-6",
                        "加快重点领域标准制修订，编制印发综合标准化技术体系，提升国际标准制定话语权。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Standards in key fields; a voice in international standards",
                    text_en=(
                        "Speed up the drafting and revision of standards in key fields, compile "
                        "and issue a technical system for comprehensive standardization, and "
                        "increase China's say in the setting of international standards."
                    ),
                ),
                leaf(
                    **quoted(
                        "plan-2014.task-3.point-7",
                        "推进军民融合深度发展，加快军工核心能力建设，拓宽军民技术信息交流渠道，推进军民用技术双向转移，促进军工与地方经济融合。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Civil-military integration; defence industry capabilities",
                    text_en=(
                        "Promote the in-depth development of civil-military integration, speed up "
                        "the building of the core capabilities of the defence industry, widen the "
                        "channels for exchanging information on military and civilian technologies,"
                        " advance the two-way transfer of military and civilian technologies, and "
                        "promote the integration of the defence industry with local economies."
                    ),
                ),
            ),
        ),
        branch(
            id="plan-2014.task-4",
            kind=TaskKind.KEY_TASK,
            title_en="Enterprise vitality; more support for small and micro enterprises",
            heading_zh="四是激发企业活力动力，加大小微企业扶持力度。",
            heading_en=(
                "Fourth, releasing the vitality and drive of enterprises and stepping up support "
                "for small and micro enterprises."
            ),
            children=(
                leaf(
                    **quoted(
                        "plan-2014.task-4.point-1",
                        "针对当前企业发展中面临的负担重、融资难、行政干预多等问题，加强政策协调和公共服务，激发市场活力、企业创造力。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Tackling burdens, financing difficulties and interference",
                    text_en=(
                        "To address the problems that enterprises now face in their development, "
                        "such as heavy burdens, difficult access to financing and too much "
                        "administrative interference, strengthen policy coordination and public "
                        "services, so as to release the vitality of the market and the creativity "
                        "of enterprises."
                    ),
                ),
                leaf(
                    **quoted(
                        "plan-2014.task-4.point-2",
                        "切实减轻企业负担，推动实施全国统一的收费清单管理模式，将减负惠企各项政策落到实处。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Lighter burdens: a nationwide uniform list of fees",
                    text_en=(
                        "Genuinely lighten the burdens on enterprises, push for a nationally "
                        "uniform, list-based system for managing fees and charges, and make sure "
                        "that every policy for reducing burdens and benefiting enterprises takes "
                        "effect."
                    ),
                ),
                leaf(
                    **quoted(
                        "plan-2014.task-4.point-3",
                        "发挥国务院促进中小企业发展工作协调机制的作用，加大国发14号文件落实力度，进一步优化小微企业政策环境。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="State Council coordination mechanism; Document No. 14",
                    text_en=(
                        "Make full use of the State Council's coordination mechanism for promoting "
                        "the development of small and medium-sized enterprises, step up "
                        "implementation of State Council Document No. 14, and further improve the "
                        "policy environment for small and micro enterprises."
                    ),
                ),
                leaf(
                    **quoted(
                        "plan-2014.task-4.point-4",
                        "财政资金的支持方向，要从支持单个企业更多向购买公共服务、服务体系建设和创新融资等方面倾斜。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Fiscal funds more towards public services and financing",
                    text_en=(
                        "The support of fiscal funds is to tilt from individual enterprises more "
                        "towards purchasing public services, building the service system, "
                        "innovative financing and the like."
                    ),
                ),
                leaf(
                    **quoted("plan-2014.task-4.point-5", "完善细化中小企业划型标准。"),
                    kind=TaskKind.ACTION,
                    title_en="Standards for classifying small and medium-sized enterprises",
                    text_en=(
                        "Improve and refine the standards for classifying small and medium-sized "
                        "enterprises."
                    ),
                ),
                leaf(
                    **quoted(
                        "plan-2014.task-4.point-6", "推动扩大小微企业所得税减半征收的政策覆盖范围。"
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Wider income tax halving for small and micro enterprises",
                    text_en=(
                        "Push to widen the coverage of the policy of halving income tax for small "
                        "and micro enterprises."
                    ),
                ),
                leaf(
                    **quoted(
                        "plan-2014.task-4.point-7",
                        "着力缓解小微企业融资难问题，继续推进中小企业信用担保体系建设，引导金融资源向小微企业倾斜。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Financing and credit guarantees for small and micro enterprises",
                    text_en=(
                        "Work to ease the financing difficulties of small and micro enterprises, "
                        "continue building the credit guarantee system for small and medium-sized "
                        "enterprises, and steer financial resources towards small and micro "
                        "enterprises."
                    ),
                ),
                leaf(
                    **quoted(
                        "plan-2014.task-4.point-8",
                        "加快中小企业公共服务平台网络建设，培育认定一批国家中小企业公共服务示范平台，促进中小企业“专精特新”发展。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en=(
                        "Public service platforms; specialized, refined, distinctive and innovative"
                        " SMEs"
                    ),
                    text_en=(
                        "Speed up building the network of public service platforms for small and "
                        "medium-sized enterprises, foster and recognize a number of national "
                        "demonstration public service platforms for small and medium-sized "
                        "enterprises, and promote the development of small and medium-sized "
                        "enterprises that are specialized, refined, distinctive and innovative."
                    ),
                ),
            ),
        ),
        branch(
            id="plan-2014.task-5",
            kind=TaskKind.KEY_TASK,
            title_en=(
                "Deep integration of informatization and industrialization; the information "
                "industry"
            ),
            heading_zh="五是推进两化深度融合，提升信息产业支撑能力。",
            heading_en=(
                "Fifth, advancing the deep integration of informatization and industrialization and"
                " strengthening the supporting capacity of the information industry."
            ),
            children=(
                leaf(
                    **quoted(
                        "plan-2014.task-5.point-1",
                        "两化融合着力点在于营造良好环境，确立标准标杆，汇聚政策资源，激发企业行业的内在动力。",
                    ),
                    kind=TaskKind.CONTEXT,
                    title_en="Where integration should focus",
                    text_en=(
                        "The focus of the integration of informatization and industrialization lies"
                        " in creating a good environment, setting standards and benchmarks, pooling"
                        " policy resources and releasing the inner drive of enterprises and "
                        "industries."
                    ),
                ),
                leaf(
                    **quoted(
                        "plan-2014.task-5.point-2",
                        "发布两化融合管理体系基本要求和实施指南，完成国家标准立项，推动形成国际标准。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en=(
                        "Requirements and guidelines for the management system; towards national "
                        "and international standards"
                    ),
                    text_en=(
                        "Issue the basic requirements and implementation guidelines for the "
                        "management system for the integration of informatization and "
                        "industrialization, complete their approval as a national standard project,"
                        " and push for them to become an international standard."
                    ),
                ),
                leaf(
                    **quoted(
                        "plan-2014.task-5.point-3",
                        "在各省市和重点行业选择500家企业开展贯标试点，争取2014年内200家以上的试点企业基本达到标准要求，鼓励各地更广泛地发动企业参与贯标达标。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en=(
                        "500 pilot enterprises; striving for at least 200 to basically meet the "
                        "standard in 2014"
                    ),
                    text_en=(
                        "Select 500 enterprises in the provinces and municipalities and in key "
                        "industries to pilot the adoption of the standard, strive for at least 200 "
                        "of the pilot enterprises to basically meet its requirements within 2014, "
                        "and encourage localities to involve enterprises more widely in adopting "
                        "and meeting the standard."
                    ),
                ),
                leaf(
                    **quoted(
                        "plan-2014.task-5.point-4",
                        "大力推进智能制造生产模式的集成应用，推动物联网在工业领域的集成创新和应用，发展网络制造新型生产方式。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en=(
                        "Intelligent manufacturing, the Internet of Things in industry, networked "
                        "manufacturing"
                    ),
                    text_en=(
                        "Vigorously promote the integrated application of intelligent manufacturing"
                        " as a mode of production, advance integrated innovation and application of"
                        " the Internet of Things in industry, and develop networked manufacturing "
                        "as a new mode of production."
                    ),
                ),
                leaf(
                    **quoted(
                        "plan-2014.task-5.point-5",
                        "建设民爆、农药、国家化学品、稀土等重点领域智能监测监管体系。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en=(
                        "Intelligent monitoring of civil explosives, pesticides, state chemicals "
                        "and rare earths"
                    ),
                    text_en=(
                        "Build intelligent monitoring and supervision systems for civil explosives,"
                        " pesticides, state chemicals, rare earths and other key fields."
                    ),
                    note_en=(
                        "国家化学品 is rendered as the source writes it, 'state chemicals'. It is"
                        " most likely read as the chemicals under state control that the ministry"
                        " supervises (监控化学品, the chemicals of the Chemical Weapons"
                        " Convention), but the source does not say so: that reading is the"
                        " package's."
                    ),
                ),
                leaf(
                    **quoted(
                        "plan-2014.task-5.point-6",
                        "全面落实“宽带中国”战略，推进宽带网络基础设施建设，继续实施“核高基”、新一代宽带无线移动通信网重大专项，增强信息产业核心竞争力。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Broadband China; major special projects; the information industry",
                    text_en=(
                        "Fully implement the Broadband China strategy, advance the building of "
                        "broadband network infrastructure, continue the major special projects on "
                        "core electronic components, high-end general-purpose chips and basic "
                        "software and on new-generation broadband wireless mobile communication "
                        "networks, and strengthen the core competitiveness of the information "
                        "industry."
                    ),
                ),
            ),
        ),
        branch(
            id="plan-2014.task-6",
            kind=TaskKind.KEY_TASK,
            title_en="Internet industry management; network and information security",
            heading_zh="六是提高互联网行业管理水平，维护网络与信息安全。",
            heading_en=(
                "Sixth, improving the management of the internet industry and safeguarding network "
                "and information security."
            ),
            children=(
                leaf(
                    **quoted(
                        "plan-2014.task-6.point-1",
                        "抓好互联网基础资源和接入管理，加强对移动互联网等新业务的管理。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Basic internet resources, access and new services",
                    text_en=(
                        "Manage basic internet resources and network access well, and strengthen "
                        "the management of the mobile internet and other new services."
                    ),
                ),
                leaf(
                    **quoted(
                        "plan-2014.task-6.point-2",
                        "建立健全互联网基础资源管理系统，提高备案实名准确率。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Internet resource management; accurate real-name filings",
                    text_en=(
                        "Set up and improve the management system for basic internet resources, "
                        "and raise the accuracy of real-name information in website filings."
                    ),
                ),
                leaf(
                    **quoted(
                        "plan-2014.task-6.point-3",
                        "抓好互联网互联互通，推动完成7个新设骨干直联点建设，鼓励有条件的地区开展本地直联和区域互联试点，构建和完善网间通信质量监测体系。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Interconnection: 7 new backbone direct connection points",
                    text_en=(
                        "Ensure internet interconnection: push to complete the construction of 7 "
                        "new backbone direct connection points, encourage areas where conditions "
                        "allow to pilot local direct connection and regional interconnection, and "
                        "build and improve a system for monitoring the quality of communication "
                        "between networks."
                    ),
                ),
                leaf(
                    **quoted(
                        "plan-2014.task-6.point-4",
                        "抓好互联网市场竞争秩序监管，加大对企业市场行为监管力度，强化服务质量监管，加强用户个人信息和消费者权益保护，坚决治理垃圾短信、霸王条款等突出问题。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Internet market supervision; spam text messages and unfair terms",
                    text_en=(
                        "Supervise the order of competition in the internet market, step up "
                        "supervision of the market conduct of enterprises, strengthen supervision "
                        "of service quality, better protect users' personal information and the "
                        "rights and interests of consumers, and resolutely tackle prominent "
                        "problems such as spam text messages and unfair contract terms."
                    ),
                ),
                leaf(
                    **quoted(
                        "plan-2014.task-6.point-5", "开展整治移动互联网应用淫秽色情信息专项行动。"
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Special action against pornography in mobile apps",
                    text_en=(
                        "Carry out a special action to clean up obscene and pornographic content in"
                        " mobile internet applications."
                    ),
                ),
                leaf(
                    **quoted(
                        "plan-2014.task-6.point-6",
                        "面对日趋严峻的网络与信息安全形势，要从战略、规划、政策和标准等方面多管齐下，建立完善自主可控的网络信息安全保障体系。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="An independent and controllable security assurance system",
                    text_en=(
                        "Facing an increasingly serious network and information security situation,"
                        " act on several fronts at once, including strategy, planning, policy and "
                        "standards, to build and improve a network and information security "
                        "assurance system that is independent and controllable."
                    ),
                ),
                leaf(
                    **quoted(
                        "plan-2014.task-6.point-7",
                        "强化网络与信息安全基础设施和技术手段体系化建设，深入推进电话用户实名登记。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Security infrastructure; real-name registration of telephone users",
                    text_en=(
                        "Strengthen the systematic building of network and information security "
                        "infrastructure and technical means, and press ahead with real-name "
                        "registration of telephone users."
                    ),
                ),
                leaf(
                    **quoted(
                        "plan-2014.task-6.point-8",
                        "开展网络安全防护和用户信息安全检查，加强重点频段和地区无线电监测和干扰查处。",
                    ),
                    kind=TaskKind.ACTION,
                    title_en="Security inspections; radio monitoring and interference",
                    text_en=(
                        "Carry out inspections of network security protection and of user "
                        "information security, and strengthen radio monitoring and the "
                        "investigation and handling of interference in key frequency bands and "
                        "areas."
                    ),
                ),
            ),
        ),
    ),
)
