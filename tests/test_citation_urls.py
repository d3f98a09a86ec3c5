"""A citation links only to a web page: ``edition_url`` takes http(s) addresses alone.

It used to take any text, so ``javascript:`` and ``data:`` addresses went into the
citation (and into BibTeX ``url`` and CSL ``URL`` fields, which reference managers and
pages turn into links).
"""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from miit2014 import REPORT, DataError, cite
from miit2014.model import Citation
from miit2014.views.cli import run

RECORD = REPORT.figures[0]

REFUSED = [
    "javascript:alert(1)",
    "JavaScript:alert(document.cookie)//https://example.org/",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "ftp://example.org/report.html",
    "//example.org/report.html",
    "report.html",
    "https://",
    "https:///report.html",
    "https://example.org/report.html\njavascript:alert(1)",
    "https://example.org/\x1b[31mred",
    "https://example.org/" + "a" * 3000,
    "",
]

ACCEPTED = [
    "https://example.org/miit2014/report.html",
    "http://example.org/report.html",
    "HTTPS://Example.org/report.html",
    "http://localhost:8000/report.html",
    "https://example.org/a b{c}\\d",
]


@pytest.mark.parametrize("style", ["text", "bibtex", "csl-json"])
@pytest.mark.parametrize("url", REFUSED)
def test_an_edition_url_that_is_not_http_or_https_is_refused(url: str, style: str) -> None:
    with pytest.raises(ValueError, match=r"http:// or https://") as raised:
        cite(RECORD, style, edition_url=url)
    assert len(str(raised.value)) < 200  # the address is quoted cut short


@pytest.mark.parametrize("url", ACCEPTED)
def test_an_http_or_https_edition_url_is_linked(url: str) -> None:
    assert cite(RECORD, edition_url=url).endswith(f"Reading edition: {url}#{RECORD.id}")
    assert json.loads(cite(RECORD, "csl-json", edition_url=url))[0]["URL"] == f"{url}#{RECORD.id}"


@given(st.sampled_from(["javascript", "data", "vbscript", "file", "blob", "about"]), st.text())
def test_no_other_scheme_is_linked_whatever_follows_it(scheme: str, rest: str) -> None:
    with pytest.raises(ValueError, match=r"http:// or https://"):
        cite(RECORD, edition_url=f"{scheme}:{rest}")


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,<b>x</b>"])
def test_the_command_refuses_such_an_edition_url_as_a_usage_error(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status = run(["cite", RECORD.id, "--edition-url", url])
    out, err = capsys.readouterr()
    assert (status, out) == (2, "")
    assert "http:// or https://" in err
    assert "Traceback" not in err


# -- a citation's address: bounded, and checked without backtracking -------------------


def _citation(url: str) -> Citation:
    return Citation(publisher="p", title="t", url=url)


def test_a_url_beyond_the_length_bound_is_refused_saying_the_bound() -> None:
    with pytest.raises(DataError, match="2,048 characters") as info:
        _citation("https://example.org/" + "a" * 40_000)
    assert len(str(info.value)) < 500


def test_the_url_that_makes_a_naive_pattern_backtrack_is_refused() -> None:
    with pytest.raises(DataError, match="not an http"):
        _citation("https://" + "a." * 1_000 + " x")


_PLAIN_URL = re.compile(r"https?://[^\s/]+\.[^\s/]+(?:/\S*)?")


@given(st.text(st.sampled_from("htps:/.a b"), max_size=30).map(lambda s: "https://" + s))
def test_the_url_check_accepts_exactly_what_a_plain_url_pattern_matches(url: str) -> None:
    url = url.strip()
    try:
        _citation(url)
        accepted = True
    except DataError:
        accepted = False
    assert accepted == bool(_PLAIN_URL.fullmatch(url))
