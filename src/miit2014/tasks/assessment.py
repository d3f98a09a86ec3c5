"""The meeting's assessment of the situation: paragraph 8 (会议认为…)."""

from __future__ import annotations

from ..model.base import quoted
from ..model.task import TaskKind
from ._build import Subtree, branch, leaf

ASSESSMENT_2013: Subtree = branch(
    id="assessment-2013",
    kind=TaskKind.SECTION,
    title_en="Assessment of the situation",
    children=(
        leaf(
            **quoted(
                "assessment-2013.point-1",
                "会议认为，当前我国工业进入了必须加快转型升级的新阶段，距离全面建成小康社会的时间节点只有7年的时间。",
            ),
            kind=TaskKind.CONTEXT,
            title_en="Industry at a stage where upgrading must speed up",
            text_en=(
                "The meeting held that China's industry has entered a new stage in which "
                "transformation and upgrading must be accelerated, and that only 7 years remain "
                "until the date set for completing the building of a moderately prosperous society "
                "in all respects."
            ),
        ),
        leaf(
            **quoted(
                "assessment-2013.point-2",
                "完成十八大确定的目标任务，必须按照新型工业化道路的总体要求，以提高全要素生产率为出发点，全面优化产业结构，推进两化深度融合，把工业发展建立在创新驱动、集约高效、绿色低碳、智能发展、惠及民生的基础上，加快实现提质增效升级。",
            ),
            kind=TaskKind.ACTION,
            title_en="What reaching the goals of the 18th Party Congress requires",
            text_en=(
                "To fulfil the goals and tasks set by the 18th Party Congress, it is necessary to "
                "follow the overall requirements of the path of new-type industrialization, take "
                "raising total factor productivity as the starting point, optimize the industrial "
                "structure across the board, advance the deep integration of informatization and "
                "industrialization, build industrial development on a basis that is "
                "innovation-driven, intensive and efficient, green and low-carbon, intelligent and "
                "beneficial to people's livelihoods, and speed up the achievement of higher "
                "quality, greater efficiency and upgrading."
            ),
        ),
    ),
)
