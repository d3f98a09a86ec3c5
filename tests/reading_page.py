"""Read a reading-edition page back with the standard library's HTML parser.

Shared by the page tests and the browser test: what the page holds (ids, links, the text
of each language and where it stands), without a browser.
"""

from __future__ import annotations

from html.parser import HTMLParser

import attrs

#: Elements that have no end tag.
VOID = frozenset(
    "area base br col embed hr img input link meta source track wbr".split()  # noqa: SIM905
)


@attrs.define
class Element:
    tag: str
    attrs: dict[str, str]
    parent: Element | None
    children: list[Element] = attrs.field(factory=list)
    text: list[str] = attrs.field(factory=list)  # its own text and its descendants'

    @property
    def id(self) -> str | None:
        return self.attrs.get("id")

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def ancestors(self) -> list[Element]:
        out, node = [], self.parent
        while node is not None:
            out.append(node)
            node = node.parent
        return out

    def lang(self) -> str | None:
        for node in [self, *self.ancestors()]:
            if "lang" in node.attrs:
                return node.attrs["lang"]
        return None

    def inside(self, element_id: str) -> bool:
        return any(node.id == element_id for node in [self, *self.ancestors()])

    def descendants(self) -> list[Element]:
        out = []
        for child in self.children:
            out.append(child)
            out.extend(child.descendants())
        return out


@attrs.define
class Text:
    data: str
    element: Element


class Page(HTMLParser):
    """The parsed page: every element in document order, and every run of text."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {}, None)
        self.elements: list[Element] = []
        self.texts: list[Text] = []
        self._open = self.root
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attributes}, self._open)
        self._open.children.append(element)
        self.elements.append(element)
        if tag not in VOID:
            self._open = element

    def handle_startendtag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attributes)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if self._open.tag != tag:
            raise AssertionError(f"</{tag}> closes <{self._open.tag}>")
        assert self._open.parent is not None
        self._open = self._open.parent

    def handle_data(self, data: str) -> None:
        self.texts.append(Text(data, self._open))
        for node in [self._open, *self._open.ancestors()]:
            node.text.append(data)

    # -- look-ups ------------------------------------------------------------------------

    def ids(self) -> list[str]:
        return [e.id for e in self.elements if e.id is not None]

    def by_id(self, element_id: str) -> Element:
        (found,) = [e for e in self.elements if e.id == element_id]
        return found

    def links(self) -> list[Element]:
        return [e for e in self.elements if e.tag == "a" and "href" in e.attrs]

    def with_class(self, name: str) -> list[Element]:
        return [e for e in self.elements if name in e.classes]
