"""The translation memory read back by translate-toolkit, and the JSON Lines pairs."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import miit2014
from miit2014 import REPORT, SOURCE_TEXT, from_json, to_json
from miit2014.exchange import formats, memory
from miit2014.exchange.alignment import EnglishKind, aligned, sentences
from miit2014.source import paragraph_of

SENTENCES = list(sentences(aligned(REPORT)))
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture(scope="module")
def tmx_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return miit2014.to_tmx(tmp_path_factory.mktemp("tmx") / "miit2014.tmx")


def _props(element: ET.Element) -> dict[str, str]:
    return {p.get("type", ""): p.text or "" for p in element.iter() if p.tag.endswith("prop")}


def test_translate_toolkit_reads_one_unit_per_sentence(tmx_path: Path) -> None:
    tmx = pytest.importorskip("translate.storage.tmx")
    store = tmx.tmxfile.parsefile(str(tmx_path))
    assert store.sourcelanguage == "zh-Hans"
    units = store.units
    assert len(units) == len(SENTENCES) == 105
    for unit, sentence in zip(units, SENTENCES, strict=True):
        props = _props(unit.xmlelement)
        start, end = (int(n) for n in props["x-span"].split("-"))
        assert unit.source == SOURCE_TEXT[start:end] == sentence.span.text
        assert props["x-record-id"] == unit.getid() == sentence.anchor
        assert int(props["x-paragraph"]) == paragraph_of(start) == sentence.paragraph
        assert unit.target == " ".join(e.text for e in sentence.english)
        translated = all(e.kind is EnglishKind.TRANSLATION for e in sentence.english)
        assert props["x-english"] == ("translation" if translated else "summary")
        assert bool(unit.getnotes()) is not translated


def test_the_units_cover_the_whole_source_in_order(tmx_path: Path) -> None:
    root = ET.parse(tmx_path).getroot()
    spans = [tuple(int(n) for n in _props(tu)["x-span"].split("-")) for tu in root.iter("tu")]
    covered = "".join(SOURCE_TEXT[a:b] for a, b in spans)
    assert covered == SOURCE_TEXT.replace("\n", "")
    assert root.get("version") == "1.4"
    header = root.find("header")
    assert header is not None
    assert header.get("srclang") == "zh-Hans"
    for tu in root.iter("tu"):
        assert [t.get(XML_LANG) for t in tu.iter("tuv")] == ["zh-Hans", "en"]


def test_the_pairs_as_json_lines(tmp_path: Path) -> None:
    path = formats.export("pairs-jsonl", tmp_path / "pairs.jsonl")[0]
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(SENTENCES)
    for line, sentence in zip(lines, SENTENCES, strict=True):
        pair = json.loads(line)
        assert list(pair) == ["id", "paragraph", "start", "end", "zh", "en", "translation"]
        assert pair["zh"] == SOURCE_TEXT[pair["start"] : pair["end"]]
        assert (pair["start"], pair["end"]) == (sentence.span.start, sentence.span.end)
        assert pair["id"] == sentence.anchor
        assert pair["paragraph"] == sentence.paragraph
        assert pair["en"] == " ".join(e.text for e in sentence.english)


def test_the_given_reports_english_is_written_and_escaped(tmp_path: Path) -> None:
    data = json.loads(to_json(REPORT))
    data["meeting"]["headline"]["text_en"] = 'A <b>bold</b> & "quoted" headline'
    report = from_json(json.dumps(data, ensure_ascii=False))
    path = memory.to_tmx(tmp_path / "m.tmx", report=report)
    first = ET.parse(path).getroot().find("body/tu/tuv[2]/seg")
    assert first is not None
    assert first.text == 'A <b>bold</b> & "quoted" headline'
    (line, *_) = memory.jsonl_text(report).splitlines()
    assert json.loads(line)["en"] == 'A <b>bold</b> & "quoted" headline'


def test_both_print_to_standard_output(capsys: pytest.CaptureFixture[str]) -> None:
    from miit2014.views.cli import run

    assert run(["export", "--format", "tmx"]) == 0
    assert capsys.readouterr().out == memory.tmx_text()
    assert run(["export", "--format", "pairs-jsonl"]) == 0
    assert capsys.readouterr().out == memory.jsonl_text()
