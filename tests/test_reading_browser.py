"""The reading edition in a real browser: headless Chromium driven by playwright.

What the parser cannot see: no console error and no request at all, no sideways scroll
on a phone (375 px) or a laptop (1280 px), Chinese beside its English on the laptop and
above it on the phone, and marks and cards that work by keyboard and by pointer, both
ways. Screenshots of both widths, light and dark, are kept under pytest's temporary
directory (``reading-screenshots``), or in ``$MIIT2014_SCREENSHOTS`` when set.

Skipped, with the reason, where playwright or a Chromium is missing. Playwright never
downloads a browser here: it drives the system's (Debian's ``chromium``), or the one
``$MIIT2014_CHROMIUM`` names.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from miit2014.exchange.reading import to_html

playwright_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright is not installed (pip install playwright)"
)

CHROMIUM = os.environ.get("MIIT2014_CHROMIUM") or next(
    (p for p in map(shutil.which, ("chromium", "chromium-browser")) if p), None
)
if CHROMIUM is None:
    pytest.skip(
        "no Chromium found (apt-get install chromium, or set MIIT2014_CHROMIUM)",
        allow_module_level=True,
    )

WIDTHS = (375, 1280)
SCHEMES = ("light", "dark")
#: A target with a later outcome: its mark, card and way back are walked by both means.
FIGURE = "figure.lte-users-target-2014"


@pytest.fixture(scope="module")
def page_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = to_html(tmp_path_factory.mktemp("reading") / "report.html")
    return path.resolve().as_uri()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    wanted = os.environ.get("MIIT2014_SCREENSHOTS")
    folder = Path(wanted) if wanted else tmp_path_factory.getbasetemp() / "reading-screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield launched
        launched.close()


class Watched:
    """A page with every console error, page error and request it made."""

    def __init__(self, browser: Any, width: int, scheme: str) -> None:
        self.page = browser.new_page(
            viewport={"width": width, "height": 900},
            color_scheme=scheme,
            reduced_motion="reduce",
        )
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))

    def js(self, expression: str, arg: object = None) -> Any:
        return self.page.evaluate(expression, arg)

    def target_id(self) -> str | None:
        found: str | None = self.js("document.querySelector(':target')?.id ?? null")
        return found

    def in_view(self, element_id: str) -> bool:
        visible: bool = self.js(
            """id => {
                const r = document.getElementById(id).getBoundingClientRect();
                return r.bottom > 0 && r.top < innerHeight && r.height > 0;
            }""",
            element_id,
        )
        return visible

    def focused(self) -> dict[str, Any]:
        found: dict[str, Any] = self.js(
            """() => {
                const a = document.activeElement;
                return {
                    id: a.id, href: a.getAttribute('href'), cls: a.className,
                    inText: !!a.closest('#text'), card: a.closest('.card')?.id ?? null,
                    outline: getComputedStyle(a).outlineStyle,
                };
            }"""
        )
        return found

    def tab_until(self, test: Any, limit: int = 400) -> dict[str, Any]:
        for _ in range(limit):
            self.page.keyboard.press("Tab")
            now = self.focused()
            if test(now):
                return now
        raise AssertionError(f"no such element within {limit} presses of Tab")


@pytest.fixture
def watched(browser: Any) -> Iterator[Any]:
    made: list[Watched] = []

    def make(width: int, scheme: str = "light") -> Watched:
        made.append(Watched(browser, width, scheme))
        return made[-1]

    yield make
    for w in made:
        w.page.close()


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", WIDTHS)
def test_fits_the_screen_without_errors_or_requests(
    watched: Any, page_url: str, shots: Path, width: int, scheme: str
) -> None:
    w = watched(width, scheme)
    w.page.goto(page_url)
    w.page.screenshot(path=str(shots / f"reading-{width}-{scheme}-top.png"))
    overflow = w.js("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{overflow}px of sideways scroll at {width}px"
    wide = w.js(
        """() => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > innerWidth + 1)
            .map(e => e.tagName + '#' + e.id + '.' + e.className).slice(0, 5)"""
    )
    assert wide == []
    for anchor in ("review-2013.item-1", FIGURE, "person.miao-wei"):
        w.page.goto(f"{page_url}#{anchor}")
        assert w.target_id() == anchor
        assert w.in_view(anchor)
        w.page.screenshot(path=str(shots / f"reading-{width}-{scheme}-{anchor}.png"))
    assert w.errors == []
    assert {url.split("#")[0] for url in w.requests} <= {page_url}


@pytest.mark.parametrize("width", WIDTHS)
def test_chinese_beside_english_when_wide_above_when_narrow(
    watched: Any, page_url: str, width: int
) -> None:
    w = watched(width)
    w.page.goto(page_url)
    boxes = w.js(
        """() => [...document.querySelectorAll('#text .s')].slice(0, 40).map(s => {
            const zh = s.querySelector('[lang="zh-Hans"]').getBoundingClientRect();
            const en = s.querySelector('[lang="en"]').getBoundingClientRect();
            return {zhRight: zh.right, zhBottom: zh.bottom, enLeft: en.left, enTop: en.top,
                    zhTop: zh.top};
        })"""
    )
    assert boxes
    for box in boxes:
        if width >= 1000:
            assert box["enLeft"] >= box["zhRight"]
            assert abs(box["enTop"] - box["zhTop"]) < 12
        else:
            assert box["enTop"] >= box["zhBottom"] - 1


@pytest.mark.parametrize("width", WIDTHS)
def test_a_mark_and_its_card_work_by_keyboard(
    watched: Any, page_url: str, shots: Path, width: int
) -> None:
    w = watched(width)
    w.page.goto(page_url)
    mark = w.tab_until(lambda f: f["inText"] and "mark" in f["cls"])
    assert mark["outline"] != "none", "a focused mark shows where focus is"
    w.page.keyboard.press("Enter")
    card = mark["href"][1:]
    assert w.target_id() == card
    assert w.in_view(card)
    # Tab goes on from the card, and one of its links leads back to the mark.
    back = f"#{mark['id']}"
    first = w.tab_until(lambda f: True, limit=1)
    assert first["card"] == card
    if first["href"] != back:
        w.tab_until(lambda f: f["card"] == card and f["href"] == back, limit=40)
    w.page.keyboard.press("Enter")
    assert w.target_id() == mark["id"]
    assert w.in_view(mark["id"])
    w.page.screenshot(path=str(shots / f"reading-{width}-keyboard-back.png"))


@pytest.mark.parametrize("width", WIDTHS)
def test_a_mark_and_its_card_work_by_pointer(watched: Any, page_url: str, width: int) -> None:
    w = watched(width)
    w.page.goto(page_url)
    mark = w.page.locator(f'#text a.mark[href="#{FIGURE}"]')
    mark_id = mark.get_attribute("id")
    mark.click()
    assert w.target_id() == FIGURE
    assert w.in_view(FIGURE)
    assert "Verdict: met" in w.page.locator(f'[id="{FIGURE}"]').inner_text()
    w.page.locator(f'[id="{FIGURE}"] a[href="#{mark_id}"]').click()
    assert w.target_id() == mark_id
    assert w.in_view(mark_id)
    assert w.errors == []
