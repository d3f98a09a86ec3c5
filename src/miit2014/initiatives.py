"""Named programmes, strategies, documents, campaigns and meetings the report refers to."""

from __future__ import annotations

from .model.entities import Initiative

INITIATIVES: tuple[Initiative, ...] = ()
