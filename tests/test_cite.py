"""Citations: each style well-formed for every record, and CITATION.cff in step with both."""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path
from typing import Any

import pytest

import miit2014
from miit2014 import DOCUMENT_ID, REPORT, SOURCE_SHA256, SOURCE_TEXT
from miit2014.exchange.citations import (
    AUTHOR_EN,
    ISSUED,
    QUOTE_LIMIT,
    TITLE_EN,
    TITLE_ZH,
    bibtex_escape,
    cite,
    deep_link,
)
from miit2014.model import Record
from miit2014.model.wording import span_location

RECORDS = list(REPORT.records())
CFF = Path(__file__).resolve().parent.parent / "CITATION.cff"


# -- what a citation says -------------------------------------------------------------


def test_the_document_facts_come_from_the_source() -> None:
    assert SOURCE_TEXT.splitlines()[0] == TITLE_ZH
    assert ISSUED.strftime("%Y年%m月%d日") in SOURCE_TEXT.splitlines()[1]
    assert REPORT.meeting.start_date == ISSUED


def test_text_citation_names_document_place_quote_and_edition() -> None:
    figure = REPORT.figures[0]
    text = cite(figure)
    location = span_location(figure.span)
    for part in (
        AUTHOR_EN,
        ISSUED.isoformat(),
        TITLE_ZH,
        TITLE_EN,
        location[0].upper() + location[1:],
        f"“{figure.quote}”",
        figure.id,
        DOCUMENT_ID,
        f"miit2014 {miit2014.__version__}",
    ):
        assert part in text
    assert "\n" not in text


def test_an_id_and_its_record_cite_alike() -> None:
    for record in RECORDS[:20]:
        for style in ("text", "bibtex", "csl-json"):
            assert cite(record.id, style) == cite(record, style)


def test_the_whole_document_is_cited_without_a_record() -> None:
    text = cite(REPORT)
    assert TITLE_ZH in text
    assert DOCUMENT_ID in text
    assert "Record" not in text
    assert "Paragraph" not in text


def test_a_long_quote_is_cut_with_an_ellipsis() -> None:
    task = max(REPORT.tasks, key=lambda t: len(t.quote))
    assert len(task.quote) > QUOTE_LIMIT
    text = cite(task)
    one_line = task.quote.replace("\n", " ")
    assert f"“{one_line[:QUOTE_LIMIT]}…”" in text
    assert one_line not in text


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown citation style"):
        cite(REPORT.figures[0], "mla")
    with pytest.raises(KeyError, match="did you mean"):
        cite("figure.industrial-value-added-growth-2014")
    with pytest.raises(TypeError):
        cite(42)  # type: ignore[arg-type]


# -- BibTeX ---------------------------------------------------------------------------


def unescaped(text: str, chars: str) -> list[str]:
    """Characters of ``chars`` in ``text`` that no backslash escapes."""
    return re.findall(rf"(?<!\\)[{re.escape(chars)}]", text)


def balanced(text: str) -> bool:
    depth = 0
    for brace in unescaped(text, "{}"):
        depth += 1 if brace == "{" else -1
        if depth < 0:
            return False
    return depth == 0


def bibtex_fields(entry: str) -> dict[str, str]:
    return dict(re.findall(r"^  ([a-z]+) = \{(.*)\},$", entry, re.MULTILINE))


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r.id)
def test_bibtex_is_well_formed_for_every_record(record: Record) -> None:
    entry = cite(record, "bibtex")
    assert entry.startswith(f"@misc{{{DOCUMENT_ID}:{record.id},\n")
    assert entry.endswith("\n}")
    assert balanced(entry)
    fields = bibtex_fields(entry)
    assert {"author", "title", "year", "month", "date", "note"} <= set(fields)
    assert fields["year"] == "2013"
    assert fields["date"] == ISSUED.isoformat()
    for value in fields.values():
        assert balanced(value)
        assert not unescaped(value, "%&#_$")  # LaTeX specials are escaped
    assert record.id in fields["note"]


def test_bibtex_escapes_what_latex_would_misread() -> None:
    figure = next(f for f in REPORT.figures if "%" in f.quote)
    note = bibtex_fields(cite(figure, "bibtex"))["note"]
    assert r"\%" in note
    assert bibtex_escape("a{b}_c&d#e$f~g^h\\i") == (
        r"a\{b\}\_c\&d\#e\$f\~{}g\^{}h\textbackslash{}i"
    )
    assert balanced(bibtex_escape("}}{{"))


# -- CSL-JSON -------------------------------------------------------------------------


@pytest.mark.parametrize("record", RECORDS[::7], ids=lambda r: r.id)
def test_csl_json_is_one_valid_item(record: Record) -> None:
    items = json.loads(cite(record, "csl-json"))
    assert isinstance(items, list)
    assert len(items) == 1
    item = items[0]
    assert item["id"] == f"{DOCUMENT_ID}:{record.id}"
    assert item["type"] == "report"
    assert item["title"] == TITLE_ZH
    assert item["issued"] == {"date-parts": [[ISSUED.year, ISSUED.month, ISSUED.day]]}
    assert item["author"] == [{"literal": AUTHOR_EN}]
    assert record.id in item["note"]
    assert TITLE_EN in item["note"]


def test_csl_json_ids_are_unique() -> None:
    found = {json.loads(cite(r, "csl-json"))[0]["id"] for r in RECORDS}
    assert len(found) == len(RECORDS)


# -- CITATION.cff ---------------------------------------------------------------------


def by_hand(text: str) -> dict[str, list[str]]:
    """The block-style YAML subset CITATION.cff uses, as ``dotted.path -> [scalars]``.

    Folded scalars (``>-``) are skipped; a parser need not exist for this to run.
    """
    flat: dict[str, list[str]] = {}
    stack: list[tuple[int, str]] = []
    for line in text.splitlines():
        content = line.strip()
        if not content or content.startswith("#"):
            continue
        indent = len(line) - len(line.lstrip(" "))
        item = content.startswith("- ")
        if item:
            content, indent = content[2:], indent + 2
        match = re.fullmatch(r"([A-Za-z-]+):(?: (.*))?", content)
        while stack and stack[-1][0] >= indent:
            stack.pop()
        if match is None:
            if item:  # a scalar in a list
                path = ".".join(key for _, key in stack)
                flat.setdefault(path, []).append(content.strip('"'))
            continue
        key, value = match.groups()
        path = ".".join([*(k for _, k in stack), key])
        if value and value not in (">-", "|"):
            flat.setdefault(path, []).append(value.strip('"'))
        stack.append((indent, key))
    return flat


def flatten(data: Any, path: str = "") -> dict[str, list[str]]:
    """The same view of a parsed document."""
    flat: dict[str, list[str]] = {}
    if isinstance(data, dict):
        for key, value in data.items():
            for k, v in flatten(value, f"{path}.{key}" if path else key).items():
                flat.setdefault(k, []).extend(v)
    elif isinstance(data, list):
        for value in data:
            for k, v in flatten(value, path).items():
                flat.setdefault(k, []).extend(v)
    else:
        text = data.isoformat() if isinstance(data, datetime.date) else str(data)
        flat[path] = [text]
    return flat


@pytest.fixture(scope="module")
def cff() -> dict[str, list[str]]:
    text = CFF.read_text(encoding="utf-8")
    fields = by_hand(text)
    try:
        import yaml
    except ImportError:
        return fields
    parsed = flatten(yaml.safe_load(text))
    for path, values in fields.items():  # the hand reading agrees with a real parser
        assert parsed[path] == values, path
    return parsed


def test_citation_cff_cites_this_package(cff: dict[str, list[str]]) -> None:
    assert cff["cff-version"] == ["1.2.0"]
    assert cff["type"] == ["software"]
    assert cff["title"] == ["miit2014"]
    assert cff["version"] == [miit2014.__version__]
    assert cff["authors.name"] == ["miit2014 contributors"]
    assert cff["license"] == ["MIT"]


def test_citation_cff_references_the_source_as_a_government_document(
    cff: dict[str, list[str]],
) -> None:
    assert cff["references.type"] == ["government-document"]
    assert cff["references.title"] == [TITLE_ZH]
    assert cff["references.authors.name"] == [AUTHOR_EN]
    assert cff["references.date-released"] == [ISSUED.isoformat()]
    assert cff["references.languages"] == ["zh"]
    assert cff["references.identifiers.value"] == [DOCUMENT_ID, f"sha256:{SOURCE_SHA256}"]


def test_citation_cff_invents_no_address() -> None:
    text = CFF.read_text(encoding="utf-8")
    assert "http" not in text
    assert not re.search(r"^\s*(doi|url|repository[a-z-]*):", text, re.MULTILINE)


# -- links into the reading edition ---------------------------------------------------

EDITION = "https://example.org/miit2014/report.html"


@pytest.mark.parametrize("record", RECORDS[::9], ids=lambda r: r.id)
def test_edition_url_gives_the_records_deep_link_in_every_style(record: Record) -> None:
    link = f"{EDITION}#{record.id}"
    assert deep_link(record, base=EDITION) == link
    text = cite(record, edition_url=EDITION)
    assert text == f"{cite(record)} Reading edition: {link}"
    assert bibtex_fields(cite(record, "bibtex", edition_url=EDITION))["url"] == link
    assert json.loads(cite(record, "csl-json", edition_url=EDITION))[0]["URL"] == link


def test_without_edition_url_nothing_changes() -> None:
    record = REPORT.figures[0]
    assert "URL" not in json.loads(cite(record, "csl-json"))[0]
    assert "url" not in bibtex_fields(cite(record, "bibtex"))
    assert "Reading edition" not in cite(record)


def test_deep_links_name_the_page_and_the_record() -> None:
    assert deep_link("person.miao-wei") == "report.html#person.miao-wei"
    assert deep_link(REPORT) == "report.html"
    assert deep_link(REPORT, base=EDITION + "#old") == EDITION  # a base's own fragment goes
    assert cite(REPORT, edition_url=EDITION).endswith(f"Reading edition: {EDITION}")
    with pytest.raises(KeyError, match="did you mean"):
        deep_link("person.miao-wie")


def test_a_bibtex_url_stays_one_field() -> None:
    entry = cite(REPORT.figures[0], "bibtex", edition_url="https://example.org/a b{c}\\d")
    assert balanced(entry)
    assert bibtex_fields(entry)["url"].startswith("https://example.org/a%20b%7Bc%7D%5Cd#")


def test_cite_with_no_target_cites_the_document_as_the_command_does(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from miit2014.views.cli import main

    for style in ("text", "bibtex", "csl-json"):
        assert cite(style=style) == cite(REPORT, style)
    assert miit2014.cite() == cite(REPORT)
    assert main(["cite"]) == 0
    assert capsys.readouterr().out == cite() + "\n"
