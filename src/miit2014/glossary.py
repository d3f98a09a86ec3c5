"""The package's fixed English for the report's key terms, used by every rendering.

A test checks that wherever a task's Chinese uses one of these terms, its English uses
this rendering, so one term is never translated two ways. Sources for the attested
renderings are in ``docs`` (see the glossary page) and the shared reference notes.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

#: Chinese term -> English rendering (read-only).
TERMS: Mapping[str, str] = MappingProxyType(
    {
        "两化融合": "integration of informatization and industrialization",
        "两化深度融合": "deep integration of informatization and industrialization",
        "规模以上工业": "industrial enterprises above designated size",
        "宽带中国": "Broadband China",
        "三网融合": "three-network convergence",
        "专精特新": "specialized, refined, distinctive and innovative",
        "核高基": "Core Electronics, High-end Chips and Basic Software",
        "营改增": "replacing business tax with value-added tax",
        "骨干直联点": "backbone direct connection points",
        "信息消费": "information consumption",
        "小微企业": "small and micro enterprises",
        "中小企业": "small and medium-sized enterprises",
        "转型升级": "transformation and upgrading",
        "新型工业化": "new-type industrialization",
        "淘汰落后产能": "eliminating outdated production capacity",
        "产能严重过剩": "severe overcapacity",
        "战略性新兴产业": "strategic emerging industries",
        "工业强基工程": "Industrial Foundation Strengthening Project",
        "物联网": "Internet of Things",
        "军民融合": "civil-military integration",
        "行政审批": "administrative approval",
    }
)


def english(term_zh: str) -> str:
    """The rendering of ``term_zh``; ``KeyError`` if the glossary does not fix one."""
    return TERMS[term_zh]
