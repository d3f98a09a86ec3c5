"""Bodies the report names: the ministry, bodies in leaders' posts, and the speaking units."""

from __future__ import annotations

from .model.base import Span
from .model.entities import Organization, OrganizationType

MIIT = Organization(
    id="org.miit",
    span=Span(160, 167),
    quote="工业和信息化部",
    name_zh="工业和信息化部",
    name_en="Ministry of Industry and Information Technology (MIIT)",
    mentions=(Span(160, 167), Span(4588, 4595)),
    type=OrganizationType.MINISTRY,
)

ORGANIZATIONS: tuple[Organization, ...] = (MIIT,)
