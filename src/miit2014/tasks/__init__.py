"""The task tree: every sentence of paragraphs 2-17 of the report, in document order.

Four sections, one module each: ``review-2013`` (paragraphs 2-7), ``assessment-2013``
(paragraph 8), ``reforms`` (paragraph 9) and ``plan-2014`` (paragraphs 10-17). The
headline, the opening paragraph and the closing paragraphs on how the meeting ran are
the meeting's, not tasks (see :mod:`miit2014.meeting`).

Ids say where a task sits, one dot-separated step per level:

- a section: ``review-2013``, ``assessment-2013``, ``reforms``, ``plan-2014``;
- a numbered unit, named after the text's own number (一是 is 1, 二是 is 2 ...):
  ``review-2013.item-N``, ``reforms.reform-N``, ``plan-2014.task-N``;
- a unit the text sets apart without a number, by a name: ``review-2013.approval-reform``
  (同时，…), ``review-2013.mass-line-campaign``, ``reforms.tax-reform`` (另外，…),
  ``plan-2014.general-requirement`` and ``plan-2014.lever``;
- a sentence: ``point-N``, the N-th sentence-level task among its siblings, counted
  from 1 (``plan-2014.task-3.point-5``, ``reforms.point-2``).

Granularity. A numbered item spans its whole paragraph (or, for the reforms, its run of
sentences) and its first sentence, such as ``一是扩大内需促进工业平稳增长。``, is its own
heading: ``title_en`` renders it and the item's ``text_en`` begins with it. Every other
sentence is a child task of its own, so the children tile the item after its heading.
A sentence is what ends in ``。``; the one ``；`` of these paragraphs (paragraph 3) joins
two clauses that share 预计全年 (the full-year estimate), so they stay one task (the
coverage test splits on 。；？！ and finds both halves inside it). No
sentence is split: in this text the clauses of a sentence share one governing verb or
one aim, splitting them would be our reading rather than the text's, and the facets and
figure spans already give access below the sentence. Unnumbered single-sentence items
(``review-2013.approval-reform``, ``review-2013.mass-line-campaign``,
``reforms.tax-reform``) and the general requirement are leaves.

Kinds. ``ACTION`` for a sentence whose main verb is a deed or a commitment (done in 2013,
or to be done), even where it also reports a result; ``RESULT`` for a sentence that only
reports outcomes (the full-year estimates; Chang'e-3 and the defence industry);
``CONTEXT`` for framing that commits to nothing (会议指出/认为/强调 + a judgement, and
where the integration of informatization and industrialization "lies").

A parent's quote, English and facets are composed from its heading and children (see
:mod:`miit2014.tasks._build`), never retyped. The English is the package's own; key terms
follow :mod:`miit2014.glossary`.
"""

from __future__ import annotations

from ..model.task import Task
from .assessment import ASSESSMENT_2013
from .plan_2014 import PLAN_2014
from .reforms import REFORMS
from .review_2013 import REVIEW_2013

#: Every task, parents before their children, in document order.
TASKS: tuple[Task, ...] = (*REVIEW_2013, *ASSESSMENT_2013, *REFORMS, *PLAN_2014)

__all__ = ["ASSESSMENT_2013", "PLAN_2014", "REFORMS", "REVIEW_2013", "TASKS"]
