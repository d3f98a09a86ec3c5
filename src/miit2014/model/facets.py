"""Controlled vocabularies that tasks are tagged with, so that a plan can be filtered.

A task carries a value when its Chinese names it: :mod:`miit2014.keywords` holds the words
of each value (the comments here sum them up) and the task builder tags each sentence from
them; a parent task carries every value of its heading and of its children, so a filter
finds the whole path from a section down to the sentence. The vocabularies cover what this
report names and nothing more.
"""

from __future__ import annotations

from enum import StrEnum


class Sector(StrEnum):
    """Industries and fields a task names."""

    # -- raw materials and the overcapacity industries
    STEEL = "steel"  # 钢铁
    ELECTROLYTIC_ALUMINIUM = "electrolytic_aluminium"  # 电解铝
    CEMENT = "cement"  # 水泥
    FLAT_GLASS = "flat_glass"  # 平板玻璃
    RARE_EARTHS = "rare_earths"  # 稀土
    COAL = "coal"  # 煤炭 (its clean use)
    CHEMICALS = "chemicals"  # 农药, 化学品
    CIVIL_EXPLOSIVES = "civil_explosives"  # 民爆
    NEW_MATERIALS = "new_materials"  # 新材料
    # -- equipment
    EQUIPMENT_MANUFACTURING = "equipment_manufacturing"  # 装备, 装备制造
    SHIPBUILDING = "shipbuilding"  # 船舶
    MARINE_ENGINEERING = "marine_engineering"  # 海洋工程 (equipment)
    AEROSPACE = "aerospace"  # 航空, 卫星, the Chang'e-3 (嫦娥三号) lunar mission
    RAIL_TRANSIT = "rail_transit"  # 轨道交通 (equipment)
    AUTOMOTIVE = "automotive"  # 汽车: energy-saving and new-energy vehicles
    PHOTOVOLTAICS = "photovoltaics"  # 光伏
    DEFENCE_INDUSTRY = "defence_industry"  # 军工, 军品, 军民 (civil-military)
    # -- consumer goods
    CONSUMER_GOODS = "consumer_goods"  # 消费品
    HOUSEHOLD_APPLIANCES = "household_appliances"  # 家电
    LIGHTING = "lighting"  # 电光源
    FOOD = "food"  # 食品, 乳粉
    INFANT_FORMULA = "infant_formula"  # 婴幼儿配方乳粉 (also FOOD)
    PHARMACEUTICALS = "pharmaceuticals"  # 医药, 药品
    TOBACCO = "tobacco"  # 烟草
    # -- information industries
    ELECTRONICS = "electronics"  # 电子信息; 核高基 (components, chips); 信息产业
    SOFTWARE_AND_IT_SERVICES = "software_and_it_services"  # 软件; 核高基 (software); 信息产业
    TELECOMS = "telecoms"  # 电信, 通信, 电话, 短信, 宽带, 4G, TD-LTE, 转售, 接入网, IPTV, 三网融合
    INTERNET = "internet"  # 互联网; 三网融合
    BROADCASTING = "broadcasting"  # 三网融合, IPTV: radio and television networks
    INTERNET_OF_THINGS = "internet_of_things"  # 物联网
    RADIO = "radio"  # 无线电, 频段: radio spectrum and stations
    CYBERSECURITY = "cybersecurity"  # 信息安全, 网络安全
    # -- groupings that cut across industries
    STRATEGIC_EMERGING_INDUSTRIES = "strategic_emerging_industries"  # 战略性新兴产业
    INDUSTRIAL_DESIGN = "industrial_design"  # 工业设计
    SMALL_AND_MEDIUM_ENTERPRISES = "small_and_medium_enterprises"  # 中小企业, 小微企业
    NON_PUBLIC_ECONOMY = "non_public_economy"  # 非公有(制)经济, 民间资本, 民资, 民营企业


class Region(StrEnum):
    """Places a task names."""

    NATIONWIDE = "nationwide"  # 全国: the whole country, said in so many words
    BEIJING_TIANJIN_HEBEI = "beijing_tianjin_hebei"  # 京津冀 (and the surrounding areas)
    WUXI = "wuxi"  # 无锡: the national IoT demonstration zone
    INTERNATIONAL = "international"  # 国际: international standards


class Instrument(StrEnum):
    """The kind of policy lever a task pulls (or, for a review item, pulled)."""

    # -- rules and the state's gatekeeping
    STANDARDS = "standards"  # 标准: drafting, setting or meeting standards
    LEGISLATION = "legislation"  # 立法
    ADMINISTRATIVE_APPROVAL = "administrative_approval"  # 审批, 核准
    DEREGULATION = "deregulation"  # 取消, 下放, 简政放权, 清理, 废除: cutting rules and approvals
    MARKET_ACCESS = "market_access"  # 准入, 牌照, 转售, 双向进入, 民间资本/民资 entering markets
    MARKET_SUPERVISION = "market_supervision"  # 监管, 事中事后 (oversight), 异常名录, 黑名单
    ENFORCEMENT = "enforcement"  # 整治, 治理, 查处: clean-up campaigns and action on abuses
    MONITORING = "monitoring"  # 监测, 检查
    REAL_NAME_REGISTRATION = "real_name_registration"  # 实名
    PRICING = "pricing"  # 资费: how tariffs are set
    # -- capacity and structure
    OVERCAPACITY_CONTROL = "overcapacity_control"  # 化解产能…过剩, 新增产能: curbing overcapacity
    CAPACITY_ELIMINATION = "capacity_elimination"  # 淘汰落后产能
    MERGERS = "mergers"  # 兼并重组
    INDUSTRIAL_TRANSFER = "industrial_transfer"  # 产业转移, 有序转移
    OWNERSHIP_REFORM = "ownership_reform"  # 股份制, 院所改革: shareholding and institute reform
    # -- money
    FISCAL_AND_TAX = "fiscal_and_tax"  # 财政, 财税, 税
    FINANCING = "financing"  # 融资, 担保, 金融
    BURDEN_REDUCTION = "burden_reduction"  # 负担, 减负, 收费: fees and charges on enterprises
    # -- programmes
    SPECIAL_ACTIONS = "special_actions"  # 专项行动 (including the "6+1" special actions)
    MAJOR_PROJECTS = "major_projects"  # 强基工程, 发展工程, 发展专项, 重大专项
    PILOTS_AND_DEMONSTRATIONS = "pilots_and_demonstrations"  # 试点, 示范
    ACCREDITATION = "accreditation"  # 认定: recognizing model enterprises, centres, platforms
    RESEARCH_AND_DEVELOPMENT = (
        "research_and_development"  # 研发, 攻关, 关键技术, 产业化, 联盟, 技术双向转化/转移
    )
    TECHNICAL_RENOVATION = "technical_renovation"  # 技术改造
    PRODUCT_PROMOTION = "product_promotion"  # 推广应用, 推广力度: promoting the uptake of products
    INFRASTRUCTURE = "infrastructure"  # 基础设施, 直联点: building network infrastructure
    PUBLIC_SERVICES = "public_services"  # 公共服务, 服务体系, 服务机构, 服务平台
    # -- how the ministry works
    POLICY_DOCUMENTS = "policy_documents"  # 出台, 印发, 发布, 研究制定, 制定实施: issuing documents
    INTERAGENCY_COORDINATION = "interagency_coordination"  # 协调, 有关部门
    INDUSTRY_ASSOCIATIONS = "industry_associations"  # 行业协会
