"""The keywords that decide a task's facets: a task carries a sector, region or
instrument exactly when its Chinese contains one of that value's words.

The tables are the edition's reading, reviewed like the glossary; the tags follow from
them, so no task lists its facets by hand. ``tests/test_tasks.py`` checks that every
word fires in some task and every value is reached.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import NamedTuple, TypeVar

from .model.facets import Instrument, Region, Sector
from .model.frozen import FrozenMap

E = TypeVar("E", bound=StrEnum)

#: Sector -> the Chinese words that name it.
SECTOR_WORDS: Mapping[Sector, tuple[str, ...]] = FrozenMap(
    {
        Sector.STEEL: ("钢铁",),
        Sector.ELECTROLYTIC_ALUMINIUM: ("电解铝",),
        Sector.CEMENT: ("水泥",),
        Sector.FLAT_GLASS: ("平板玻璃",),
        Sector.RARE_EARTHS: ("稀土",),
        Sector.COAL: ("煤炭",),
        Sector.CHEMICALS: ("农药", "化学品"),
        Sector.CIVIL_EXPLOSIVES: ("民爆",),
        Sector.NEW_MATERIALS: ("新材料",),
        Sector.EQUIPMENT_MANUFACTURING: ("装备",),
        Sector.SHIPBUILDING: ("船舶",),
        Sector.MARINE_ENGINEERING: ("海洋工程",),
        Sector.AEROSPACE: ("航空", "卫星", "嫦娥"),
        Sector.RAIL_TRANSIT: ("轨道交通",),
        Sector.AUTOMOTIVE: ("汽车",),
        Sector.PHOTOVOLTAICS: ("光伏",),
        Sector.DEFENCE_INDUSTRY: ("军工", "军品", "军民"),
        Sector.CONSUMER_GOODS: ("消费品",),
        Sector.HOUSEHOLD_APPLIANCES: ("家电",),
        Sector.LIGHTING: ("电光源",),
        Sector.FOOD: ("食品", "乳粉"),
        Sector.INFANT_FORMULA: ("婴幼儿配方乳粉",),
        Sector.PHARMACEUTICALS: ("医药", "药品"),
        Sector.TOBACCO: ("烟草",),
        Sector.ELECTRONICS: ("电子信息", "核高基", "信息产业"),
        Sector.SOFTWARE_AND_IT_SERVICES: ("软件", "核高基", "信息产业"),
        Sector.TELECOMS: (
            "电信",
            "通信",
            "电话",
            "短信",
            "宽带",
            "4G",
            "TD-LTE",
            "转售",
            "接入网",
            "IPTV",
            "三网融合",
        ),
        Sector.INTERNET: ("互联网", "三网融合"),
        Sector.BROADCASTING: ("三网融合", "IPTV"),
        Sector.INTERNET_OF_THINGS: ("物联网",),
        Sector.RADIO: ("无线电", "频段"),
        Sector.CYBERSECURITY: ("信息安全", "网络安全"),
        Sector.STRATEGIC_EMERGING_INDUSTRIES: ("战略性新兴产业",),
        Sector.INDUSTRIAL_DESIGN: ("工业设计",),
        Sector.SMALL_AND_MEDIUM_ENTERPRISES: ("中小企业", "小微企业"),
        Sector.NON_PUBLIC_ECONOMY: ("非公有", "民间资本", "民资", "民营"),
    }
)
#: Region -> the Chinese words that name it.
REGION_WORDS: Mapping[Region, tuple[str, ...]] = FrozenMap(
    {
        Region.NATIONWIDE: ("全国",),
        Region.BEIJING_TIANJIN_HEBEI: ("京津冀",),
        Region.WUXI: ("无锡",),
        Region.INTERNATIONAL: ("国际",),
    }
)
#: Instrument -> the Chinese words that name it.
INSTRUMENT_WORDS: Mapping[Instrument, tuple[str, ...]] = FrozenMap(
    {
        Instrument.STANDARDS: ("标准",),
        Instrument.LEGISLATION: ("立法",),
        Instrument.ADMINISTRATIVE_APPROVAL: ("审批", "核准"),
        Instrument.DEREGULATION: ("取消", "下放", "简政放权", "清理", "废除"),
        Instrument.MARKET_ACCESS: ("准入", "牌照", "转售", "双向进入", "民间资本", "民资"),
        Instrument.MARKET_SUPERVISION: ("监管", "事中事后", "异常名录", "黑名单"),
        Instrument.ENFORCEMENT: ("整治", "治理", "查处"),
        Instrument.MONITORING: ("监测", "检查"),
        Instrument.REAL_NAME_REGISTRATION: ("实名",),
        Instrument.PRICING: ("资费",),
        Instrument.OVERCAPACITY_CONTROL: ("化解产能", "新增产能"),
        Instrument.CAPACITY_ELIMINATION: ("淘汰落后",),
        Instrument.MERGERS: ("兼并重组",),
        Instrument.INDUSTRIAL_TRANSFER: ("产业转移", "有序转移"),
        Instrument.OWNERSHIP_REFORM: ("股份制", "院所改革"),
        Instrument.FISCAL_AND_TAX: ("财政", "财税", "税"),
        Instrument.FINANCING: ("融资", "担保", "金融"),
        Instrument.BURDEN_REDUCTION: ("负担", "减负", "收费"),
        Instrument.SPECIAL_ACTIONS: ("专项行动",),
        Instrument.MAJOR_PROJECTS: ("强基工程", "发展工程", "发展专项", "重大专项"),
        Instrument.PILOTS_AND_DEMONSTRATIONS: ("试点", "示范"),
        Instrument.ACCREDITATION: ("认定",),
        Instrument.RESEARCH_AND_DEVELOPMENT: (
            "研发",
            "攻关",
            "关键技术",
            "产业化",
            "联盟",
            "双向转化",
            "双向转移",
        ),
        Instrument.TECHNICAL_RENOVATION: ("技术改造",),
        Instrument.PRODUCT_PROMOTION: ("推广应用", "推广力度"),
        Instrument.INFRASTRUCTURE: ("基础设施", "直联点"),
        Instrument.PUBLIC_SERVICES: ("公共服务", "服务体系", "服务机构", "服务平台"),
        Instrument.POLICY_DOCUMENTS: ("出台", "印发", "发布", "研究制定", "制定实施"),
        Instrument.INTERAGENCY_COORDINATION: ("协调", "有关部门"),
        Instrument.INDUSTRY_ASSOCIATIONS: ("行业协会",),
    }
)


class Facets(NamedTuple):
    """The facet values a text names, each in the order of its enum."""

    sectors: tuple[Sector, ...]
    regions: tuple[Region, ...]
    instruments: tuple[Instrument, ...]


def _keyed(enum: type[E], words: Mapping[E, tuple[str, ...]]) -> tuple[tuple[str, E], ...]:
    """``(word, value)`` pairs in the order of the enum, so a scan keeps that order."""
    return tuple((word, value) for value in enum for word in words[value])


_SECTOR_KEYS = _keyed(Sector, SECTOR_WORDS)
_REGION_KEYS = _keyed(Region, REGION_WORDS)
_INSTRUMENT_KEYS = _keyed(Instrument, INSTRUMENT_WORDS)


def _named(text: str, keys: tuple[tuple[str, E], ...]) -> tuple[E, ...]:
    return tuple(dict.fromkeys(value for word, value in keys if word in text))


def facets_of(text: str) -> Facets:
    """The sectors, regions and instruments whose words occur in ``text``."""
    return Facets(
        _named(text, _SECTOR_KEYS), _named(text, _REGION_KEYS), _named(text, _INSTRUMENT_KEYS)
    )
