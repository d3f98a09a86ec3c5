"""The package's fixed English for the report's key terms, used by every rendering.

A test checks that wherever a task's Chinese uses one of these terms, its English uses
this rendering (ignoring case), so one term is never translated two ways. Renderings
follow the attested ones in the shared reference notes where there are any (两化融合,
宽带中国, 三网融合, 专精特新, 营改增, 骨干直联点, 规模以上工业, 大气十条, 两个36条); the
rest are the plain, usual English of the field. A rendering is written so that it reads
inside a sentence: lower case unless it is a name, singular where the Chinese is.
"""

from __future__ import annotations

from collections.abc import Mapping

from .model.frozen import FrozenMap

#: Chinese term -> English rendering (read-only).
TERMS: Mapping[str, str] = FrozenMap(
    {
        # -- the ministry's own vocabulary
        "两化融合": "integration of informatization and industrialization",
        "两化深度融合": "deep integration of informatization and industrialization",
        "两化融合管理体系": (
            "management system for the integration of informatization and industrialization"
        ),
        "新型工业化": "new-type industrialization",
        "转型升级": "transformation and upgrading",
        "“6+1”专项行动": '"6+1" special actions',
        "专项行动": "special action",
        "规模以上工业": "industrial enterprises above designated size",
        "信息消费": "information consumption",
        "技术改造": "technical renovation",
        "淘汰落后产能": "eliminating outdated production capacity",
        "产能严重过剩": "severe overcapacity",
        "产能过剩": "overcapacity",
        "兼并重组": "mergers and restructuring",
        "节能减排": "energy conservation and emission reduction",
        "清洁生产": "cleaner production",
        "产业转移": "industrial transfer",
        "战略性新兴产业": "strategic emerging industries",
        "工业强基工程": "Industrial Foundation Strengthening Project",
        "国家技术创新示范企业": "national technological innovation demonstration enterprise",
        "工业设计": "industrial design",
        "装备制造": "equipment manufacturing",
        "智能制造": "intelligent manufacturing",
        "新材料": "new materials",
        "生物医药": "biomedicine",
        "军民融合": "civil-military integration",
        "创新驱动": "innovation-driven",
        "全要素生产率": "total factor productivity",
        "国际标准": "international standard",
        # -- enterprises and the economy
        "小微企业": "small and micro enterprises",
        "中小企业": "small and medium-sized enterprises",
        "专精特新": "specialized, refined, distinctive and innovative",
        "公共服务平台": "public service platform",
        "信用担保": "credit guarantee",
        "非公有制经济": "non-public economy",
        "非公有经济": "non-public economy",
        "民间资本": "private capital",
        "民资": "private capital",
        "民营企业": "private enterprises",
        "行业协会": "industry associations",
        # -- government and reform
        "行政审批": "administrative approval",
        "简政放权": "streamlining administration and delegating powers",
        "宽进严管": "lenient entry and strict oversight",
        "准入": "entry",
        "营改增": "replacing business tax with value-added tax",
        "消费税": "consumption tax",
        "资源税": "resource tax",
        "所得税": "income tax",
        # -- named policies, meetings and campaigns
        "宽带中国": "Broadband China",
        "三网融合": "three-network convergence",
        "核高基": "core electronic components, high-end general-purpose chips and basic software",
        "大气十条": "Ten Measures on Air",
        "大气污染防治行动计划": "Air Pollution Prevention and Control Action Plan",
        "两个36条": 'two "36 articles" documents',
        "国发14号文件": "State Council Document No. 14",
        "十八大": "18th Party Congress",
        "十八届三中全会": "Third Plenary Session of the 18th Central Committee",
        "中央经济工作会议": "Central Economic Work Conference",
        "群众路线教育实践活动": "mass line education and practice campaign",
        "稳中求进": "making progress while maintaining stability",
        "小康社会": "moderately prosperous society",
        "智慧城市": "smart city",
        # -- telecoms and the internet
        "电信": "telecom",
        "宽带": "broadband",
        "4G牌照": "4G licences",
        "转售": "resale",
        "互联网": "internet",
        "移动互联网": "mobile internet",
        "物联网": "Internet of Things",
        "骨干直联点": "backbone direct connection points",
        "无线电": "radio",
        "信息安全": "information security",
        "实名": "real-name",
        # -- sectors named in lists
        "钢铁": "steel",
        "电解铝": "electrolytic aluminium",
        "水泥": "cement",
        "平板玻璃": "flat glass",
        "船舶": "shipbuilding",
        "光伏": "photovoltaic",
        "婴幼儿配方乳粉": "infant formula milk powder",
        "稀土": "rare earth",
        "民爆": "civil explosives",
        "烟草": "tobacco",
        "农药": "pesticides",
    }
)


def english(term_zh: str) -> str:
    """The rendering of ``term_zh``; ``KeyError`` if the glossary does not fix one."""
    return TERMS[term_zh]
