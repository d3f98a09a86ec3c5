"""The twelve ministry leaders named in the opening paragraph, and their posts.

Names in English are Hanyu Pinyin, family name first ("Miao Wei"): common knowledge, not
stated by the source. Each leader is named once, in paragraph 1.

Posts are Popolo-style records: one per person, title and organisation, so 党组副书记、副部长
is two posts (one in the ministry's Party leadership group, one in the ministry). How the
titles map to spans:

* ``span`` runs contiguously from the first character of the title to the end of the
  person's name. Where the source states a title once for a list of people
  (党组成员、副部长杨学山、刘利华、尚冰、毛伟明), each person's post runs from that shared
  title to that person's name, so the quote always holds both the title and the name.
* ``title_zh`` is the title as the source's list writes it, without the ministry's own
  name or its short form 部 (工业和信息化部部长 → 部长, 部党组副书记 → 党组副书记), since
  ``organization_id`` names the body. Titles held in another body keep that body's
  name as printed (国家国防科技工业局局长), because that is how the title is cited.
* ``title_en`` is the package's rendering in the usual English of Chinese official titles.

``POSTS`` is in document order of the spans (by start, then end), as the report requires;
so the shared-title posts of 杨学山、刘利华、尚冰、毛伟明 come grouped by title. To list
one leader's posts, filter by ``person_id``.
"""

from __future__ import annotations

from .model.base import quoted
from .model.entities import Person, Post, named
from .organizations import CCDI_TEAM_AT_MIIT, MIIT, MIIT_PARTY_GROUP, SASTIND, STMA

_MIIT = MIIT.id
_PARTY_GROUP = MIIT_PARTY_GROUP.id

#: Miao Wei (苗圩).
MIAO_WEI = Person(
    **named("person.miao-wei", "苗圩"),
    name_en="Miao Wei",
)

#: Su Bo (苏波).
SU_BO = Person(
    **named("person.su-bo", "苏波"),
    name_en="Su Bo",
)

#: Xu Dazhe (许达哲).
XU_DAZHE = Person(
    **named("person.xu-dazhe", "许达哲"),
    name_en="Xu Dazhe",
)

#: Yang Xueshan (杨学山).
YANG_XUESHAN = Person(
    **named("person.yang-xueshan", "杨学山"),
    name_en="Yang Xueshan",
)

#: Liu Lihua (刘利华).
LIU_LIHUA = Person(
    **named("person.liu-lihua", "刘利华"),
    name_en="Liu Lihua",
)

#: Shang Bing (尚冰).
SHANG_BING = Person(
    **named("person.shang-bing", "尚冰"),
    name_en="Shang Bing",
)

#: Mao Weiming (毛伟明).
MAO_WEIMING = Person(
    **named("person.mao-weiming", "毛伟明"),
    name_en="Mao Weiming",
)

#: Jin Shubo (金书波).
JIN_SHUBO = Person(
    **named("person.jin-shubo", "金书波"),
    name_en="Jin Shubo",
)

#: Ling Chengxing (凌成兴).
LING_CHENGXING = Person(
    **named("person.ling-chengxing", "凌成兴"),
    name_en="Ling Chengxing",
)

#: Zhu Hongren (朱宏任).
ZHU_HONGREN = Person(
    **named("person.zhu-hongren", "朱宏任"),
    name_en="Zhu Hongren",
)

#: Zhang Feng (张峰).
ZHANG_FENG = Person(
    **named("person.zhang-feng", "张峰"),
    name_en="Zhang Feng",
)

#: Zhou Zixue (周子学).
ZHOU_ZIXUE = Person(
    **named("person.zhou-zixue", "周子学"),
    name_en="Zhou Zixue",
)

#: The twelve leaders in the order the source names them.
PEOPLE: tuple[Person, ...] = (
    MIAO_WEI,
    SU_BO,
    XU_DAZHE,
    YANG_XUESHAN,
    LIU_LIHUA,
    SHANG_BING,
    MAO_WEIMING,
    JIN_SHUBO,
    LING_CHENGXING,
    ZHU_HONGREN,
    ZHANG_FENG,
    ZHOU_ZIXUE,
)

_MINISTER = ("部长", "Minister")
_VICE_MINISTER = ("副部长", "Vice Minister")
_PARTY_DEPUTY_SECRETARY = ("党组副书记", "Deputy Secretary of the Party Leadership Group")
_PARTY_MEMBER = ("党组成员", "Member of the Party Leadership Group")
_CHIEF_ENGINEER = ("总工程师", "Chief Engineer")


def _post(
    person: Person,
    slug: str,
    organization_id: str,
    title: tuple[str, str],
    quote: str,
) -> Post:
    """One post; the id is ``post.<person>.<slug>``."""
    return Post(
        **quoted(f"post.{person.id.removeprefix('person.')}.{slug}", quote),
        person_id=person.id,
        organization_id=organization_id,
        title_zh=title[0],
        title_en=title[1],
    )


POSTS: tuple[Post, ...] = (
    _post(MIAO_WEI, "minister", _MIIT, _MINISTER, "工业和信息化部部长苗圩"),
    _post(
        SU_BO,
        "party-deputy-secretary",
        _PARTY_GROUP,
        _PARTY_DEPUTY_SECRETARY,
        "部党组副书记、副部长苏波",
    ),
    _post(SU_BO, "vice-minister", _MIIT, _VICE_MINISTER, "副部长苏波"),
    _post(
        XU_DAZHE,
        "party-deputy-secretary",
        _PARTY_GROUP,
        _PARTY_DEPUTY_SECRETARY,
        "党组副书记、副部长、国家国防科技工业局局长许达哲",
    ),
    _post(
        XU_DAZHE,
        "vice-minister",
        _MIIT,
        _VICE_MINISTER,
        "副部长、国家国防科技工业局局长许达哲",
    ),
    _post(
        XU_DAZHE,
        "sastind-director",
        SASTIND.id,
        (
            "国家国防科技工业局局长",
            "Director of the State Administration of Science, Technology and Industry"
            " for National Defense",
        ),
        "国家国防科技工业局局长许达哲",
    ),
    _post(
        YANG_XUESHAN,
        "party-member",
        _PARTY_GROUP,
        _PARTY_MEMBER,
        "党组成员、副部长杨学山",
    ),
    _post(
        LIU_LIHUA,
        "party-member",
        _PARTY_GROUP,
        _PARTY_MEMBER,
        "党组成员、副部长杨学山、刘利华",
    ),
    _post(
        SHANG_BING,
        "party-member",
        _PARTY_GROUP,
        _PARTY_MEMBER,
        "党组成员、副部长杨学山、刘利华、尚冰",
    ),
    _post(
        MAO_WEIMING,
        "party-member",
        _PARTY_GROUP,
        _PARTY_MEMBER,
        "党组成员、副部长杨学山、刘利华、尚冰、毛伟明",
    ),
    _post(YANG_XUESHAN, "vice-minister", _MIIT, _VICE_MINISTER, "副部长杨学山"),
    _post(
        LIU_LIHUA,
        "vice-minister",
        _MIIT,
        _VICE_MINISTER,
        "副部长杨学山、刘利华",
    ),
    _post(
        SHANG_BING,
        "vice-minister",
        _MIIT,
        _VICE_MINISTER,
        "副部长杨学山、刘利华、尚冰",
    ),
    _post(
        MAO_WEIMING,
        "vice-minister",
        _MIIT,
        _VICE_MINISTER,
        "副部长杨学山、刘利华、尚冰、毛伟明",
    ),
    _post(
        JIN_SHUBO,
        "party-member",
        _PARTY_GROUP,
        _PARTY_MEMBER,
        "党组成员、中纪委驻部纪检组组长金书波",
    ),
    _post(
        JIN_SHUBO,
        "discipline-inspection-head",
        CCDI_TEAM_AT_MIIT.id,
        (
            "中纪委驻部纪检组组长",
            "Head of the Discipline Inspection Team of the Central Commission for"
            " Discipline Inspection at the Ministry",
        ),
        "中纪委驻部纪检组组长金书波",
    ),
    _post(
        LING_CHENGXING,
        "party-member",
        _PARTY_GROUP,
        _PARTY_MEMBER,
        "党组成员、国家烟草专卖局局长凌成兴",
    ),
    _post(
        LING_CHENGXING,
        "stma-director",
        STMA.id,
        ("国家烟草专卖局局长", "Director of the State Tobacco Monopoly Administration"),
        "国家烟草专卖局局长凌成兴",
    ),
    _post(
        ZHU_HONGREN,
        "party-member",
        _PARTY_GROUP,
        _PARTY_MEMBER,
        "党组成员、总工程师朱宏任",
    ),
    _post(ZHU_HONGREN, "chief-engineer", _MIIT, _CHIEF_ENGINEER, "总工程师朱宏任"),
    _post(ZHANG_FENG, "chief-engineer", _MIIT, _CHIEF_ENGINEER, "总工程师张峰"),
    _post(
        ZHOU_ZIXUE,
        "chief-economist",
        _MIIT,
        ("总经济师", "Chief Economist"),
        "总经济师周子学",
    ),
)
