"""Controlled vocabularies that tasks are tagged with, so that a plan can be filtered."""

from __future__ import annotations

from enum import StrEnum


class Sector(StrEnum):
    """Industries and fields a task names."""

    STEEL = "steel"
    ELECTROLYTIC_ALUMINIUM = "electrolytic_aluminium"
    CEMENT = "cement"
    FLAT_GLASS = "flat_glass"
    SHIPBUILDING = "shipbuilding"
    PHOTOVOLTAICS = "photovoltaics"
    INFANT_FORMULA = "infant_formula"
    TELECOMS = "telecoms"
    INTERNET = "internet"
    SOFTWARE_AND_IT_SERVICES = "software_and_it_services"
    DEFENCE_INDUSTRY = "defence_industry"


class Region(StrEnum):
    """Places a task names."""

    NATIONWIDE = "nationwide"
    BEIJING_TIANJIN_HEBEI = "beijing_tianjin_hebei"
    WUXI = "wuxi"


class Instrument(StrEnum):
    """The kind of policy lever a task pulls."""

    STANDARDS = "standards"
    PILOTS_AND_DEMONSTRATIONS = "pilots_and_demonstrations"
    LEGISLATION = "legislation"
    FISCAL_AND_TAX = "fiscal_and_tax"
    MARKET_SUPERVISION = "market_supervision"
    MERGERS = "mergers"
    CAPACITY_ELIMINATION = "capacity_elimination"
