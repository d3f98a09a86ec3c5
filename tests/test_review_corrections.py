"""The meaning slips an independent review of the English found: each test would catch its
return. (The meeting's chair is tested with the meeting, the cumulative count's period with
the figures' periods.)"""

from __future__ import annotations

import pytest

from miit2014 import REPORT
from miit2014.model import Commitment, Organization, OrganizationType, Reliability, Status


def test_the_assessment_names_three_parallel_aims() -> None:
    """加快实现提质增效升级: higher quality, greater efficiency, upgrading; not one of them
    reached through the others."""
    for task_id in ("assessment-2013.point-2", "assessment-2013"):
        text = REPORT.task(task_id).text_en
        assert "higher quality, greater efficiency and upgrading" in text
        assert "upgrading through" not in text


def test_fiscal_support_tilts_more_towards_services_not_away_entirely() -> None:
    """从支持单个企业更多向…倾斜: 'more towards', in the point and in its parent."""
    for task_id in ("plan-2014.task-4.point-4", "plan-2014.task-4"):
        text = REPORT.task(task_id).text_en
        assert "more towards" in text
        assert "shift from" not in text
    assert "more towards" in REPORT.task("plan-2014.task-4.point-4").title_en


def test_state_chemicals_say_what_the_text_says_and_the_reading_is_a_note() -> None:
    task = REPORT.task("plan-2014.task-5.point-5")
    assert "国家化学品" in task.quote
    for text in (task.title_en, task.text_en):
        assert "state chemicals" in text
        assert "state-controlled" not in text
    assert task.note_en is not None
    assert "国家化学品" in task.note_en
    assert "package's" in task.note_en


def _aspirational_targets() -> list[tuple[str, str]]:
    return [
        (f.id, task.id)
        for f in REPORT.figures
        if f.status is Status.TARGET
        and f.commitment is Commitment.ASPIRATIONAL
        and (task := REPORT.task_of(f)) is not None
    ]


def test_the_review_named_the_two_aspirational_targets() -> None:
    assert {task for _, task in _aspirational_targets()} >= {
        "plan-2014.task-1.point-4",
        "plan-2014.task-5.point-3",
    }


@pytest.mark.parametrize(("figure_id", "task_id"), _aspirational_targets())
def test_an_aspirational_target_says_strive_wherever_its_task_states_it(
    figure_id: str, task_id: str
) -> None:
    """力争 / 争取 is "strive for": a title or text that states the target must say so, and
    keep 基本 ("basically") where the source has it."""
    figure = REPORT.get(figure_id)
    task = REPORT.task(task_id)
    for text in (task.title_en, task.text_en):
        assert "striv" in text, text
        if "基本" in figure.quote:
            assert "basically" in text, text


#: Bodies whose official English name is common knowledge (stated in organizations.py).
COMMON_KNOWLEDGE = {"org.miit", "org.sastind", "org.stma", "org.huawei", "org.smic"}


@pytest.mark.parametrize("org", REPORT.organizations, ids=lambda o: o.id)
def test_an_english_name_is_common_knowledge_cited_or_marked_as_the_packages(
    org: Organization,
) -> None:
    cited = [c for c in org.citations if c.quote and org.name_en in c.quote and c.url]
    own = org.note_en is not None and "package's rendering" in org.note_en
    assert (org.id in COMMON_KNOWLEDGE) + bool(cited) + own == 1, org.id


def test_the_shanghai_commission_has_its_own_english_name() -> None:
    (shanghai,) = [o for o in REPORT.organizations if o.name_zh == "上海市经信委"]
    assert shanghai.name_en == "Shanghai Municipal Commission of Economy and Informatization"
    (source,) = shanghai.citations
    assert source.reliability is Reliability.PRIMARY
    assert source.url is not None
    assert source.url.startswith("https://shanghai.gov.cn/")


@pytest.mark.parametrize(
    "kind", [OrganizationType.PARTY_GROUP, OrganizationType.PARTY_DISCIPLINE_BODY]
)
def test_the_party_bodies_full_names_are_marked_as_the_packages(kind: OrganizationType) -> None:
    (body,) = [o for o in REPORT.organizations if o.type is kind]
    assert body.full_name_zh is not None
    assert not body.citations
    assert body.note_en is not None
    assert "full_name_zh" in body.note_en
    assert "package's rendering" in body.note_en
