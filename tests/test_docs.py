"""The documentation's examples run, its pages exist, and its generated parts are whole.

The examples are the ``>>>`` lines of the fenced ``pycon`` and ``python`` blocks of the
pages under ``docs/``; each page runs as one doctest, against the installed package.
Building the site is left to CI (``sphinx -W``); these tests need no Sphinx.
"""

from __future__ import annotations

import doctest
import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

import miit2014

DOCS = Path(__file__).resolve().parent.parent / "docs"
PAGES = sorted(DOCS.glob("*.md"))

_FENCE = re.compile(r"^```(?:pycon|python)\n(.*?)^```$", re.MULTILINE | re.DOTALL)
_TOCTREE = re.compile(r"^```\{toctree\}\n(.*?)^```$", re.MULTILINE | re.DOTALL)
_INCLUDE = re.compile(r"^```\{include\} (\S+)$", re.MULTILINE)
_LABEL = re.compile(r"^\(([^)\s]+)\)=$", re.MULTILINE)
_REF = re.compile(r"\{ref\}`(?:[^`<]*<)?([^`<>]+)>?`")


def examples_of(page: Path) -> str:
    """The page's ``pycon`` and ``python`` blocks as one doctest text, with every other
    line blanked so that a failure reports the page's own line number."""
    text = page.read_text(encoding="utf-8")
    kept = ["\n" * chunk.count("\n") for chunk in _FENCE.split(text)]
    for i, match in enumerate(_FENCE.finditer(text)):
        kept[2 * i + 1] = "\n" + match.group(1)
    return "".join(kept)


def toctree_entries(page: Path) -> list[str]:
    entries = []
    for body in _TOCTREE.findall(page.read_text(encoding="utf-8")):
        entries.extend(
            line.strip() for line in body.splitlines() if line.strip() and not line.startswith(":")
        )
    return entries


def load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("docs_generate", DOCS / "_ext" / "generate.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def fragments() -> dict[str, str]:
    generated: dict[str, str] = load_generator().fragments()
    return generated


def run_examples(page: Path) -> doctest.TestResults:
    test = doctest.DocTestParser().get_doctest(examples_of(page), {}, page.name, str(page), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    return runner.summarize(verbose=False)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_page_examples_run(page: Path) -> None:
    failed, _ = run_examples(page)
    assert failed == 0, f"{failed} example(s) of {page.name} failed"


def test_the_pages_have_examples() -> None:
    """The runner finds the examples: a broken fence pattern would make every page pass."""
    attempted = {p.name: run_examples(p).attempted for p in PAGES}
    for name in ("getting-started.md", "walkthrough.md", "model.md", "comparisons.md"):
        assert attempted[name] >= 5, attempted


def test_a_wrong_example_fails_at_its_own_line(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "# Title\n\n```python\nx = 1\n```\n\nText.\n\n```pycon\n>>> 1 + 1\n3\n```\n",
        encoding="utf-8",
    )
    test = doctest.DocTestParser().get_doctest(examples_of(page), {}, page.name, str(page), 0)
    assert [example.lineno + 1 for example in test.examples] == [10]
    assert run_examples(page).failed == 1


def test_every_toctree_entry_is_a_page() -> None:
    listed = [entry for page in PAGES for entry in toctree_entries(page)]
    assert listed, "no toctree found"
    missing = [
        entry
        for entry in listed
        if not any((DOCS / f"{entry}{suffix}").is_file() for suffix in (".md", ".ipynb"))
    ]
    assert missing == []


def test_every_page_is_in_a_toctree() -> None:
    listed = {entry for page in PAGES for entry in toctree_entries(page)}
    pages = [*PAGES, *DOCS.glob("*.ipynb")]
    orphans = [p.stem for p in pages if p.stem != "index" and p.stem not in listed]
    assert orphans == []


def test_every_include_is_a_generated_fragment(fragments: dict[str, str]) -> None:
    included = [
        name
        for page in PAGES
        for name in _INCLUDE.findall(page.read_text(encoding="utf-8"))
        if name != "../CONTRIBUTING.md"  # the one page kept at the top of the repository
    ]
    assert included
    assert sorted(Path(name).name for name in included) == sorted(fragments)
    assert all(name.startswith("generated/") for name in included)


def test_every_record_has_a_home_section(fragments: dict[str, str]) -> None:
    from miit2014.outcomes import OUTCOMES

    labels = set(_LABEL.findall("\n".join(fragments.values())))
    report = miit2014.REPORT
    for records in (report.figures, report.tasks, report.initiatives, OUTCOMES):
        assert {r.id for r in records} <= labels


def test_people_and_organizations_are_listed(fragments: dict[str, str]) -> None:
    page = fragments["people.md"]
    for record in (*miit2014.REPORT.people, *miit2014.REPORT.organizations):
        assert f"`{record.id}`" in page


def test_every_link_has_a_target(fragments: dict[str, str]) -> None:
    texts = [*fragments.values(), *(p.read_text(encoding="utf-8") for p in PAGES)]
    labels = set(_LABEL.findall("\n".join(texts)))
    targets = {t for text in texts for t in _REF.findall(text)}
    assert targets
    assert targets - labels == set()


def test_the_figures_table_shows_every_figure_as_printed(fragments: dict[str, str]) -> None:
    gen = load_generator()
    tables = fragments["figures.md"].split("(figure-details)=")[0]
    for figure in miit2014.REPORT.figures:
        row = next(line for line in tables.splitlines() if f"<{figure.id}>" in line)
        assert gen.esc(figure.numeral) in row
        assert figure.qualifier.value.replace("_", " ") in row


def test_long_quotes_are_cut_in_tables_but_whole_in_sections() -> None:
    gen = load_generator()
    long_quote = "一" * (gen.QUOTE_IN_TABLE + 5)
    assert len(gen.shorten(long_quote)) == gen.QUOTE_IN_TABLE
    assert gen.shorten(long_quote).endswith("…")
    assert gen.shorten("短") == "短"


def test_markdown_is_escaped() -> None:
    gen = load_generator()
    assert gen.esc("a|b*c_[d]`e`") == r"a\|b\*c\_\[d\]\`e\`"
    assert "\n" not in gen.esc("two\nlines")
