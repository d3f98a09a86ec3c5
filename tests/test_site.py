"""The built documentation site, in a real browser (headless Chromium driven by playwright).

Every page loads with no console error and no failed request; no page is wider than the
window at 375 px (a phone) or 1280 px (a laptop); Chinese text is drawn with a CJK font,
not boxes; every internal link leads to a page that exists and, for a ``#fragment``, to an
element with that id. A screenshot of each page is kept as a build artefact in
``docs/_build/screenshots/``: the whole page at 1280 px, the first screen at 375 px.

Needs a built site (``sphinx -b html docs docs/_build/html``), the ``playwright`` Python
package and a Chromium executable (Debian: ``apt-get install chromium fonts-noto-cjk``);
playwright's own browser downloads are never used. Without any of them the tests are
skipped, saying which is missing, unless ``MIIT2014_BROWSER_REQUIRED=1`` (as in CI), when
they fail. ``MIIT2014_SITE``, ``MIIT2014_CHROMIUM`` and
``MIIT2014_SCREENSHOTS`` override the three locations.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[1]
SITE = Path(os.environ.get("MIIT2014_SITE", ROOT / "docs" / "_build" / "html"))
SCREENSHOTS = Path(os.environ.get("MIIT2014_SCREENSHOTS", SITE.parent / "screenshots"))
CHROMIUM = (
    os.environ.get("MIIT2014_CHROMIUM")
    or shutil.which("chromium")
    or shutil.which("chromium-browser")
)
WIDTHS = (375, 1280)
#: Font families that draw Chinese (what Chromium reports it rendered the text with).
CJK_FAMILY = re.compile(r"CJK|Han Sans|Han Serif|WenQuanYi|YaHei|PingFang|SimHei|SimSun|Heiti")
_SKIPPED_DIRS = {"_static", "_sources", "_images", "_downloads"}


def _pages() -> list[str]:
    if not (SITE / "index.html").is_file():
        return []
    return sorted(
        p.relative_to(SITE).as_posix()
        for p in SITE.rglob("*.html")
        if not _SKIPPED_DIRS & set(p.relative_to(SITE).parts)
    )


def _missing() -> str | None:
    """Why the browser test cannot run here, or None when it can."""
    if not (SITE / "index.html").is_file():
        return (
            f"no built site at {SITE}: build it with"
            " `python -m sphinx -b html docs docs/_build/html`"
        )
    if CHROMIUM is None:
        return "no Chromium: `apt-get install chromium fonts-noto-cjk` (or set MIIT2014_CHROMIUM)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed: pip install '.[test]'"
    return None


PAGES = _pages()
REASON = _missing()
#: CI sets this: there, a missing site or browser is a failure, not a reason to skip.
REQUIRED = os.environ.get("MIIT2014_BROWSER_REQUIRED") == "1"
pytestmark = pytest.mark.skipif(REASON is not None and not REQUIRED, reason=REASON or "")


def test_the_browser_test_can_run() -> None:
    assert REASON is None, REASON


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(SITE)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        # root in CI has no user namespace for Chromium's sandbox
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            yield chromium
        finally:
            chromium.close()


@functools.cache
def _ids(path: str) -> frozenset[str]:
    text = (SITE / path).read_text(encoding="utf-8")
    return frozenset(re.findall(r"""\b(?:id|name)=["']([^"']+)["']""", text))


def _target(base: str, href: str) -> tuple[str, str] | None:
    """(site path, fragment) of an internal link, or None for one that leaves the site."""
    if not href.startswith(base):
        return None
    parts = urlsplit(href)
    path = unquote(parts.path).lstrip("/")
    if path == "" or path.endswith("/"):
        path += "index.html"
    return path, unquote(parts.fragment)


_OVERFLOW = """() => {
  const width = window.innerWidth;
  const wide = [];
  if (document.documentElement.scrollWidth > width + 1) {
    for (const el of document.querySelectorAll('body *')) {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right > width + 1) {
        let inside = false;  // inside a box that scrolls sideways on its own
        for (let up = el.parentElement; up; up = up.parentElement) {
          const style = getComputedStyle(up);
          if (['auto', 'scroll', 'hidden'].includes(style.overflowX)) { inside = true; break; }
        }
        const name = `${el.tagName.toLowerCase()}.${el.className}`;
        if (!inside) wide.push(`${name}: ${Math.round(box.right)}px`);
      }
      if (wide.length >= 5) break;
    }
    if (!wide.length) wide.push(`document: ${document.documentElement.scrollWidth}px`);
  }
  return wide;
}"""

_MARK_CJK = """() => {
  const cjk = /[\\u4e00-\\u9fff\\u3400-\\u4dbf]/g;
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && found.length < 3; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el) continue;
    if (!el.checkVisibility({contentVisibilityAuto: true, visibilityProperty: true})) continue;
    if (el.closest('details:not([open])') || el.hasAttribute('data-cjk-probe')) continue;
    const own = (node.textContent.match(cjk) || []).length;
    if (!own) continue;
    el.setAttribute('data-cjk-probe', String(found.length));
    let all = 0;
    for (const child of el.childNodes) {
      if (child.nodeType === 3) all += (child.textContent.match(cjk) || []).length;
    }
    found.push(all);
  }
  return found;
}"""


def _cjk_problems(page: Any) -> list[str]:
    """Chinese text on the page that Chromium did not draw with a CJK font."""
    counts = page.evaluate(_MARK_CJK)
    if not counts:
        return []
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
    problems = []
    for i, count in enumerate(counts):
        node = cdp.send(
            "DOM.querySelector", {"nodeId": root, "selector": f'[data-cjk-probe="{i}"]'}
        )
        fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node["nodeId"]})["fonts"]
        drawn = sum(f["glyphCount"] for f in fonts if CJK_FAMILY.search(f["familyName"]))
        if drawn < count:
            used = ", ".join(f"{f['familyName']} ({f['glyphCount']})" for f in fonts)
            problems.append(f"{count} Chinese characters, {drawn} drawn by a CJK font: {used}")
    cdp.detach()
    return problems


def _shot_name(path: str, width: int) -> str:
    return f"{path.removesuffix('.html').replace('/', '__')}-{width}.png"


@pytest.mark.parametrize("path", PAGES or ["index.html"])
def test_page_in_a_browser(path: str, server: str, browser: Any) -> None:
    errors: list[str] = []
    page = browser.new_page(viewport={"width": WIDTHS[-1], "height": 900})
    page.on("console", lambda m: errors.append(f"console: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(f"page error: {e}"))
    page.on("requestfailed", lambda r: errors.append(f"request failed: {r.url}"))
    page.on(
        "response",
        lambda r: errors.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None,
    )
    try:
        page.goto(server + path, wait_until="load")
        problems = [*errors]

        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            page.evaluate("() => document.fonts.ready")
            for wide in page.evaluate(_OVERFLOW):
                problems.append(f"wider than {width} px: {wide}")
            # the whole page on a laptop; the first screen on a phone
            shot = SCREENSHOTS / _shot_name(path, width)
            page.screenshot(path=str(shot), full_page=width == WIDTHS[-1])

        problems += _cjk_problems(page)

        for href in page.evaluate("() => Array.from(document.links, a => a.href)"):
            target = _target(server, href)
            if target is None:
                continue
            file, fragment = target
            if not (SITE / file).is_file():
                problems.append(f"broken link: {href}")
            elif fragment and file.endswith(".html") and fragment not in _ids(file):
                problems.append(f"link to a missing anchor: {href}")
        problems += [e for e in errors if e not in problems]  # late console errors too
    finally:
        page.close()
    assert problems == [], f"{path}:\n" + "\n".join(problems)


def test_the_checks_find_what_they_are_for(server: str, browser: Any, tmp_path: Path) -> None:
    """A page that overflows, errors in the console and draws Chinese with no CJK font
    fails each check: the checks themselves work."""
    page = browser.new_page(viewport={"width": 375, "height": 600})
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.set_content(
        '<div style="width:900px">wide</div>'
        "<p style=\"font-family: 'DejaVu Sans'\">中文</p>"
        "<script>console.error('broken')</script>"
    )
    assert page.evaluate(_OVERFLOW) != []
    assert errors == ["broken"]
    page.set_content('<p lang="zh-CN">全国工业和信息化工作会议</p>')
    assert _cjk_problems(page) == []  # the system's CJK font draws it
    page.close()
    assert _target("http://h/", "http://h/a.html#x") == ("a.html", "x")
    assert _target("http://h/", "https://elsewhere.org/") is None
