"""Bodies the report names: the ministry, bodies in leaders' posts, and the speaking units.

Mentions are computed (:func:`~miit2014.model.entities.named`): every occurrence of a
body's Chinese names (``names_zh``), a name inside a longer one of the same body counted
once (党组 in 部党组), less the reviewed :data:`NOT_MENTIONS`. The bare 部 ("the ministry",
as in 部直属单位, 部里) is not one of the ministry's names: one character names too much
else. In the last paragraph, 国家国防科技工业局、国家烟草专卖局党组成员 refers to those
bureaus' own Party groups, so that 党组 is not a mention of the ministry's Party
leadership group.

English names: a body's own English name is used where it has one. That of the
ministry, the two state bureaus, Huawei and SMIC is common knowledge; the Shanghai
commission's is cited from the Shanghai government's own page. Every other English name
is the package's own rendering, and its ``note_en`` says so: the two Party bodies, the
other provincial and municipal bodies and the Taizhou zone. ``full_name_zh`` is given
where the expansion of the source's abbreviation is certain, and for the two Party bodies
it is the package's expansion, as their notes say (no source giving it was found).
"""

from __future__ import annotations

import datetime

from .model.citation import Citation, Reliability
from .model.entities import NotAMention, Organization, OrganizationType, named

_OWN_RENDERING = (
    "The English name is the package's rendering; the body's own English name is not verified."
)

#: Ministry of Industry and Information Technology (MIIT) (工业和信息化部).
MIIT = Organization(
    **named("org.miit", "工业和信息化部"),
    name_en="Ministry of Industry and Information Technology (MIIT)",
    type=OrganizationType.MINISTRY,
)

#: Occurrences of an organisation's name that do not name it, each with its reason; a
#: test proves every entry is needed.
NOT_MENTIONS: tuple[NotAMention, ...] = (
    NotAMention(
        record_id="org.miit-party-group",
        text="党组",
        context="国家烟草专卖局党组成员",
        reason="the Party leadership group of the State Tobacco Monopoly Administration, not the"
        " ministry's",
    ),
)

#: Party Leadership Group of the Ministry of Industry and Information Technology (部党组).
MIIT_PARTY_GROUP = Organization(
    **named("org.miit-party-group", "部党组", "党组", "工业和信息化部党组", excluded=NOT_MENTIONS),
    name_en="Party Leadership Group of the Ministry of Industry and Information Technology",
    type=OrganizationType.PARTY_GROUP,
    full_name_zh="中共工业和信息化部党组",
    note_en=(
        "The full Chinese name (full_name_zh) and the English name are the package's"
        " rendering; no source giving either was found."
    ),
)

#: State Administration of Science, Technology and Industry for National Defense (SASTIND)
#: (国家国防科技工业局).
SASTIND = Organization(
    **named("org.sastind", "国家国防科技工业局"),
    name_en=(
        "State Administration of Science, Technology and Industry for National Defense (SASTIND)"
    ),
    type=OrganizationType.STATE_BUREAU,
)

#: Discipline Inspection Team of the Central Commission for Discipline Inspection at the
#: Ministry (中纪委驻部纪检组).
CCDI_TEAM_AT_MIIT = Organization(
    **named("org.ccdi-team-at-miit", "中纪委驻部纪检组"),
    name_en=(
        "Discipline Inspection Team of the Central Commission for Discipline Inspection"
        " at the Ministry"
    ),
    type=OrganizationType.PARTY_DISCIPLINE_BODY,
    full_name_zh="中央纪委驻工业和信息化部纪检组",
    note_en=(
        "中纪委 is the Communist Party's Central Commission for Discipline Inspection (CCDI);"
        " 驻部 means stationed at the ministry. The full Chinese name (full_name_zh) and the"
        " English name are the package's rendering; no source giving either was found."
    ),
)

#: State Tobacco Monopoly Administration (STMA) (国家烟草专卖局).
STMA = Organization(
    **named("org.stma", "国家烟草专卖局"),
    name_en="State Tobacco Monopoly Administration (STMA)",
    type=OrganizationType.STATE_BUREAU,
)

# -- the eleven units giving exchange speeches on the 28th, in the source's order ----------

#: Zhejiang Provincial Commission of Economy and Information Technology (浙江省经信委).
ZHEJIANG_ECONOMY_AND_IT_COMMISSION = Organization(
    **named("org.zhejiang-economy-and-it-commission", "浙江省经信委"),
    name_en="Zhejiang Provincial Commission of Economy and Information Technology",
    type=OrganizationType.PROVINCIAL_DEPARTMENT,
    full_name_zh="浙江省经济和信息化委员会",
    note_en=_OWN_RENDERING,
)

#: Huawei Technologies Co., Ltd. (华为公司).
HUAWEI = Organization(
    **named("org.huawei", "华为公司"),
    name_en="Huawei Technologies Co., Ltd.",
    type=OrganizationType.COMPANY,
    full_name_zh="华为技术有限公司",
    note_en="The source says only 华为公司 (the Huawei company); read as its operating company.",
)

#: Fujian Communications Administration (福建省通管局).
FUJIAN_COMMUNICATIONS_ADMINISTRATION = Organization(
    **named("org.fujian-communications-administration", "福建省通管局"),
    name_en="Fujian Communications Administration",
    type=OrganizationType.COMMUNICATIONS_ADMINISTRATION,
    full_name_zh="福建省通信管理局",
    note_en=(
        "The provincial telecommunications regulator under the ministry. The English name is"
        " the package's rendering, in the usual form for these administrations; the body's"
        " own English name is not verified."
    ),
)

#: Semiconductor Manufacturing International Corporation (SMIC) (中芯国际).
SMIC = Organization(
    **named("org.smic", "中芯国际"),
    name_en="Semiconductor Manufacturing International Corporation (SMIC)",
    type=OrganizationType.COMPANY,
    full_name_zh="中芯国际集成电路制造有限公司",
)

#: Liaoning Provincial Commission of Economy and Information Technology (辽宁省经信委).
LIAONING_ECONOMY_AND_IT_COMMISSION = Organization(
    **named("org.liaoning-economy-and-it-commission", "辽宁省经信委"),
    name_en="Liaoning Provincial Commission of Economy and Information Technology",
    type=OrganizationType.PROVINCIAL_DEPARTMENT,
    full_name_zh="辽宁省经济和信息化委员会",
    note_en=_OWN_RENDERING,
)

#: Hebei Provincial Department of Industry and Information Technology (河北省工信厅).
HEBEI_INDUSTRY_AND_IT_DEPARTMENT = Organization(
    **named("org.hebei-industry-and-it-department", "河北省工信厅"),
    name_en="Hebei Provincial Department of Industry and Information Technology",
    type=OrganizationType.PROVINCIAL_DEPARTMENT,
    full_name_zh="河北省工业和信息化厅",
    note_en=_OWN_RENDERING,
)

#: Tianjin Municipal Bureau of Small and Medium-sized Enterprises (天津市中小局).
TIANJIN_SME_BUREAU = Organization(
    **named("org.tianjin-sme-bureau", "天津市中小局"),
    name_en="Tianjin Municipal Bureau of Small and Medium-sized Enterprises",
    type=OrganizationType.PROVINCIAL_DEPARTMENT,
    note_en=(
        "中小局 abbreviates a bureau for small and medium-sized enterprises; its official full"
        " Chinese name in 2013 is not verified, so full_name_zh is left empty. " + _OWN_RENDERING
    ),
)

#: Shanghai Municipal Commission of Economy and Informatization (上海市经信委).
SHANGHAI_ECONOMY_AND_IT_COMMISSION = Organization(
    **named("org.shanghai-economy-and-it-commission", "上海市经信委"),
    name_en="Shanghai Municipal Commission of Economy and Informatization",
    type=OrganizationType.PROVINCIAL_DEPARTMENT,
    full_name_zh="上海市经济和信息化委员会",
    note_en=(
        "The commission's own English name, as the Shanghai government's page on it gives"
        " it (a page of 2023; the body's Chinese name is the same as in 2013)."
    ),
    citations=(
        Citation(
            publisher="Shanghai Municipal People's Government (shanghai.gov.cn)",
            title="Shanghai Municipal Commission of Economy and Informatization",
            url="https://shanghai.gov.cn/nw46991/20230718/e792ed7f381347888a5e9e964aae055c.html",
            reliability=Reliability.PRIMARY,
            quote="Shanghai Municipal Commission of Economy and Informatization",
            language="en",
            note=(
                "The heading of the page on the commission, under Government > Agencies (the"
                " address is dated 2023-07-18). Its body text once writes 'Commission of"
                " Economy and Information'."
            ),
        ),
    ),
)

#: Sichuan Provincial Commission of Economy and Information Technology (四川省经信委).
SICHUAN_ECONOMY_AND_IT_COMMISSION = Organization(
    **named("org.sichuan-economy-and-it-commission", "四川省经信委"),
    name_en="Sichuan Provincial Commission of Economy and Information Technology",
    type=OrganizationType.PROVINCIAL_DEPARTMENT,
    full_name_zh="四川省经济和信息化委员会",
    note_en=_OWN_RENDERING,
)

#: Beijing Municipal Commission of Economy and Information Technology (北京市经信委).
BEIJING_ECONOMY_AND_IT_COMMISSION = Organization(
    **named("org.beijing-economy-and-it-commission", "北京市经信委"),
    name_en="Beijing Municipal Commission of Economy and Information Technology",
    type=OrganizationType.PROVINCIAL_DEPARTMENT,
    full_name_zh="北京市经济和信息化委员会",
    note_en=_OWN_RENDERING,
)

#: Taizhou Pharmaceutical High-tech Zone (泰州医药高新区).
TAIZHOU_PHARMACEUTICAL_HIGH_TECH_ZONE = Organization(
    **named("org.taizhou-pharmaceutical-high-tech-zone", "泰州医药高新区"),
    name_en="Taizhou Pharmaceutical High-tech Zone",
    type=OrganizationType.HIGH_TECH_ZONE,
    note_en=(
        "The national-level pharmaceutical high-tech zone of Taizhou, Jiangsu, also known as"
        " China Medical City (中国医药城). Sources differ on its full Chinese name, so"
        " full_name_zh is left empty. " + _OWN_RENDERING
    ),
    citations=(
        Citation(
            publisher="小桔灯网 (iivd.net)",
            title="江苏泰州中国医药城",
            url="https://www.iivd.net/article-27302-1.html",
            date=datetime.date(2021, 11, 23),
            reliability=Reliability.SECONDARY,
            note="Names 中国医药城 as the national-level pharmaceutical high-tech zone of Taizhou.",
        ),
    ),
)

#: The eleven units that give exchange speeches, in the order the source lists them.
SPEAKING_UNITS: tuple[Organization, ...] = (
    ZHEJIANG_ECONOMY_AND_IT_COMMISSION,
    HUAWEI,
    FUJIAN_COMMUNICATIONS_ADMINISTRATION,
    SMIC,
    LIAONING_ECONOMY_AND_IT_COMMISSION,
    HEBEI_INDUSTRY_AND_IT_DEPARTMENT,
    TIANJIN_SME_BUREAU,
    SHANGHAI_ECONOMY_AND_IT_COMMISSION,
    SICHUAN_ECONOMY_AND_IT_COMMISSION,
    BEIJING_ECONOMY_AND_IT_COMMISSION,
    TAIZHOU_PHARMACEUTICAL_HIGH_TECH_ZONE,
)

ORGANIZATIONS: tuple[Organization, ...] = (
    MIIT,
    MIIT_PARTY_GROUP,
    SASTIND,
    CCDI_TEAM_AT_MIIT,
    STMA,
    *SPEAKING_UNITS,
)
