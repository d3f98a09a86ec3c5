"""The ministry leaders named in the opening paragraph, and their posts."""

from __future__ import annotations

from .model.base import Span
from .model.entities import Person, Post

MIAO_WEI = Person(
    id="person.miao-wei",
    span=Span(169, 171),
    quote="苗圩",
    name_zh="苗圩",
    name_en="Miao Wei",
    mentions=(Span(169, 171),),
)

SU_BO = Person(
    id="person.su-bo",
    span=Span(222, 224),
    quote="苏波",
    name_zh="苏波",
    name_en="Su Bo",
    mentions=(Span(222, 224),),
)

PEOPLE: tuple[Person, ...] = (MIAO_WEI, SU_BO)

POSTS: tuple[Post, ...] = (
    Post(
        id="post.miao-wei.minister",
        span=Span(160, 171),
        quote="工业和信息化部部长苗圩",
        person_id=MIAO_WEI.id,
        organization_id="org.miit",
        title_zh="部长",
        title_en="Minister",
    ),
)
